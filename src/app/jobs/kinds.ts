import type { Topology } from '../../engine/model/topology';
import { applyOperations, parseDiffOptions, parseOperations } from '../../engine/planner';
import { policyManifestReader } from '../../io/policyManifests';
import type { Problem } from '../../io/problems';
import { connectivityBound, matrixBound, whatIfBound } from '../../questions/bounds';
import { matrixInputProblems } from '../../questions/trace';
import type { Principal } from '../auth';
import { AppError, badInput } from '../errors';
import type { ScenarioService } from '../scenarioService';
import type { QuestionRunner } from '../workers/questionPool';
import type { WorkLimits } from '../workers/registry';

/** The heavy questions that can be asked as jobs. */
export const JOB_KINDS = ['whatIf', 'scenarioDiff', 'reachabilityMatrix', 'connectivity'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** What the kinds need of the app: the engine questions, scenarios as a principal may see them, and the work bounds. */
export interface JobHost {
  readonly questions: QuestionRunner;
  scenarios(principal?: Principal): ScenarioService;
  readonly limits: WorkLimits;
}

interface KindSpec {
  /**
   * The synchronous route's checks, on the event loop before anything is queued: field types, the question's own input
   * problems, its work bound, and (what-if) that every operation applies. Throws BAD_USER_INPUT naming `input.…`.
   */
  check(host: JobHost, principal: Principal, topology: Topology, input: Record<string, unknown>): Promise<void>;
  /** The answer, the same value the synchronous route serves. */
  run(host: JobHost, topology: Topology, input: Record<string, unknown>, signal: AbortSignal): Promise<unknown>;
}

/** Operation manifests are read by src/io's validators, as the scenario service does. */
const OPERATIONS = { manifests: policyManifestReader };

const under = (problems: readonly Problem[]): Problem[] => problems.map((p) => ({ ...p, path: p.path ? `input.${p.path}` : 'input' }));

/** Closed objects with typed fields: a misspelled field is named instead of silently ignored. */
function checkFields(input: Record<string, unknown>, fields: Record<string, 'string' | 'integer' | 'array' | 'object'>, required: readonly string[] = []): void {
  const problems: Problem[] = [];
  for (const key of Object.keys(input)) {
    if (!(key in fields)) problems.push({ path: `input.${key}`, message: `unknown field; expected one of ${Object.keys(fields).join(', ')}` });
  }
  for (const [key, type] of Object.entries(fields)) {
    const value = input[key];
    if (value === undefined) {
      if (required.includes(key)) problems.push({ path: `input.${key}`, message: 'required' });
      continue;
    }
    const ok =
      type === 'integer' ? Number.isInteger(value) : type === 'array' ? Array.isArray(value) : type === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === type;
    if (!ok) problems.push({ path: `input.${key}`, message: `expected ${type === 'integer' ? 'an integer' : `a${type === 'object' || type === 'array' ? 'n' : ''} ${type}`}` });
  }
  if (problems.length > 0) throw badInput(problems);
}

const fail = (problem: Problem | null): void => {
  if (problem) throw badInput(under([problem]));
};

const MATRIX_FIELDS = { groupBy: 'string', family: 'string', port: 'integer', protocol: 'string', packetSize: 'integer' } as const;

export const KINDS: Record<JobKind, KindSpec> = {
  whatIf: {
    async check(host, _principal, topology, input) {
      checkFields(input, { operations: 'array', options: 'object' }, ['operations']);
      const operations = parseOperations(input.operations, 'operations', OPERATIONS);
      if (!operations.ok) throw badInput(under(operations.problems));
      const options = parseDiffOptions(input.options ?? {});
      if (!options.ok) throw badInput(under(options.problems));
      fail(whatIfBound(topology, input.operations, input.options, host.limits.maxMatrixCells));
      // Applying is linear in the topology (the diff after it is what is heavy): an operation that does not apply is
      // refused now, as the synchronous what-if refuses it, instead of becoming a failed job.
      const applied = applyOperations(topology, operations.operations, OPERATIONS);
      if (!applied.ok) throw badInput(under(applied.problems));
    },
    async run(host, topology, input, signal) {
      const { diff, notes } = await host.questions.ask('whatIfDiff', topology, { operations: input.operations, options: input.options ?? {} }, signal);
      return { summary: diff.summary, notes, diff };
    },
  },
  scenarioDiff: {
    async check(host, principal, topology, input) {
      checkFields(input, { scenario: 'string', options: 'object' }, ['scenario']);
      const options = parseDiffOptions(input.options ?? {});
      if (!options.ok) throw badInput(under(options.problems));
      let operations: unknown;
      try {
        operations = (await host.scenarios(principal).get({ name: input.scenario as string, topology: topology.name })).operations;
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') throw badInput([{ path: 'input.scenario', message: error.message }]);
        throw error;
      }
      fail(whatIfBound(topology, operations, input.options, host.limits.maxMatrixCells));
    },
    async run(host, topology, input, signal) {
      return host.scenarios().diff({ name: input.scenario as string, topology: topology.name }, input.options ?? {}, (base, whatIf) => host.questions.ask('whatIfDiff', base, whatIf, signal));
    },
  },
  reachabilityMatrix: {
    async check(host, _principal, topology, input) {
      checkFields(input, MATRIX_FIELDS);
      const problems = matrixInputProblems(input);
      if (problems.length > 0) throw badInput(under(problems));
      fail(matrixBound(topology, input.groupBy as string | undefined, host.limits.maxMatrixCells));
    },
    async run(host, topology, input, signal) {
      return host.questions.ask('reachabilityMatrix', topology, input, signal);
    },
  },
  connectivity: {
    async check(host, _principal, topology, input) {
      checkFields(input, { level: 'string', namespace: 'string' });
      if (input.level !== undefined && input.level !== 'workload' && input.level !== 'pod') {
        throw badInput([{ path: 'input.level', message: `${JSON.stringify(input.level)} is not one of workload, pod` }]);
      }
      fail(connectivityBound(topology, input.level, input.namespace as string | undefined, host.limits.maxConnectivityRows));
    },
    async run(host, topology, input, signal) {
      return host.questions.ask('connectivity', topology, input, signal);
    },
  },
};
