/**
 * Generates src/api/rest/generated/answerSchemas.json: JSON Schemas of the REST answers, from the TypeScript types in
 * src/api/rest/answerTypes.ts (ts-json-schema-generator). Run `npm run openapi:schemas` after changing an answer type;
 * tests/api/openapiSchemas.test.ts fails when the committed file is stale.
 *
 * Types are inlined (`expose: 'none'`: several engine modules export different types of one name, e.g. `Finding`),
 * then each answer becomes one named schema, and inline copies of another named schema are replaced by a reference, so
 * the OpenAPI document names Trace, Scenario or ScenarioDiff once.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(__dirname, '..');
export const ANSWER_SCHEMAS_FILE = join(root, 'src', 'api', 'rest', 'generated', 'answerSchemas.json');

/** RestAnswers property → the schema's name ($id, and the component name in the OpenAPI document). */
const NAMES: Record<string, string> = {
  topology: 'Topology',
  trace: 'TraceAnswer',
  reachability: 'Reachability',
  reachabilityMatrix: 'ReachabilityMatrix',
  conflicts: 'ConflictReport',
  connectivity: 'Connectivity',
  overhead: 'OverheadReport',
  capacity: 'CapacityReport',
  freeCidrs: 'FreeCidrs',
  plan: 'Plan',
  maxPods: 'MaxPods',
  dns: 'DnsAnswer',
  kubeProxyRules: 'KubeProxyRules',
  ruleCounts: 'RuleCounts',
  scenario: 'Scenario',
  scenarioList: 'ScenarioList',
  diff: 'ScenarioDiff',
  scenarioDiff: 'ScenarioDiffAnswer',
  whatIf: 'WhatIfAnswer',
  promote: 'PromoteAnswer',
  rebase: 'RebaseAnswer',
  infer: 'InferAnswer',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

export function generateAnswerSchemas(): Schema[] {
  const generator = createGenerator({
    path: join(root, 'src', 'api', 'rest', 'answerTypes.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'RestAnswers',
    expose: 'none',
    topRef: true,
    additionalProperties: false,
    skipTypeCheck: true,
    jsDoc: 'basic',
  });
  const generated = generator.createSchema('RestAnswers') as unknown as { definitions: Record<string, Schema> };
  const { RestAnswers, ...recursive } = generated.definitions;
  const answers = (RestAnswers?.properties ?? {}) as Record<string, Schema>;
  const named = new Map<string, Schema>();
  for (const [key, schema] of Object.entries(answers)) {
    const name = NAMES[key];
    if (name === undefined) throw new Error(`answerTypes.ts: RestAnswers.${key} has no schema name in scripts/openapiSchemas.ts`);
    named.set(name, schema);
  }
  // The only recursive answer type is a trace (branches hold whole traces): it keeps a definition, named here.
  const refNames = new Map<string, string>();
  for (const [definition, schema] of Object.entries(recursive)) {
    const name = 'disposition' in ((schema.properties ?? {}) as object) ? 'Trace' : definition;
    refNames.set(`#/definitions/${definition}`, `${name}#`);
    named.set(name, schema);
  }
  // Bigger schemas first, so a whole ScenarioDiff becomes one reference before its parts are looked at.
  const byText = [...named.entries()].map(([name, schema]) => ({ name, text: JSON.stringify(schema) })).sort((a, b) => b.text.length - a.text.length);
  const referenced = (node: Json, self: string, top: boolean): Json => {
    if (Array.isArray(node)) return node.map((child) => referenced(child, self, false));
    if (node === null || typeof node !== 'object') return node;
    if (!top) {
      const text = JSON.stringify(node);
      const same = byText.find((entry) => entry.name !== self && entry.text === text);
      if (same !== undefined) return { $ref: `${same.name}#` };
    }
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] = key === '$ref' && typeof value === 'string' ? (refNames.get(value) ?? value) : referenced(value, self, false);
    }
    return out;
  };
  return [...named.entries()].map(([name, schema]) => ({ $id: name, ...(referenced(schema, name, true) as Schema) }));
}

if (require.main === module) {
  writeFileSync(ANSWER_SCHEMAS_FILE, `${JSON.stringify(generateAnswerSchemas(), null, 1)}\n`);
  console.log(`wrote ${ANSWER_SCHEMAS_FILE}`);
}
