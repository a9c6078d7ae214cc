/**
 * The TypeScript types of the REST answers that questions and scenarios produce. `npm run openapi:schemas`
 * (scripts/openapiSchemas.ts) turns them into JSON Schemas with ts-json-schema-generator, committed as
 * generated/answerSchemas.json: the published contract is the code's own types, so a field added to an answer appears
 * in the OpenAPI document instead of being dropped by the response serializer (tests/api/openapiAnswers.test.ts serves
 * real answers and checks them against the document; tests/api/openapiSchemas.test.ts fails when the file is stale).
 */
import type { Topology } from '../../engine/model/topology';
import type { TraceAnswer, Reachability, ReachabilityMatrix } from '../../engine/trace';
import type { EncapOverheadReport } from '../../engine/overlay';
import type { CapacityAnswer } from '../../questions/capacity';
import type { FreeCidrAnswer, MaxPodsAnswer, Plan } from '../../engine/capacity';
import type { ConflictsAnswer } from '../../questions/conflicts';
import type { ConnectivityAnswer } from '../../questions/connectivity';
import type { DnsQuestionAnswer, KubeProxyRulesAnswer, RuleCountsQuestionAnswer } from '../../questions/services';
import type { RebaseReport, ScenarioView } from '../../app/scenarioService';
import type { ScenarioDiff } from '../../engine/planner/diff';
import type { InferAnswer } from '../../app/inferService';
import type { Operation } from '../../engine/planner/operations';

/** A scenario as served: its stored operations are validated planner operations. */
type Scenario = Omit<ScenarioView, 'operations'> & { operations: Operation[] };

/** One property per answer: the generator names each exported type it meets by its own name. */
export interface RestAnswers {
  topology: Topology;
  trace: TraceAnswer;
  reachability: Reachability & { from: string; to: string };
  reachabilityMatrix: ReachabilityMatrix;
  conflicts: ConflictsAnswer;
  connectivity: ConnectivityAnswer;
  overhead: EncapOverheadReport;
  capacity: CapacityAnswer;
  freeCidrs: FreeCidrAnswer;
  plan: Plan;
  maxPods: MaxPodsAnswer;
  dns: DnsQuestionAnswer;
  kubeProxyRules: KubeProxyRulesAnswer;
  ruleCounts: RuleCountsQuestionAnswer;
  scenario: Scenario;
  scenarioList: { items: Scenario[]; next: string | null };
  diff: ScenarioDiff;
  scenarioDiff: { scenario: Scenario; diff: ScenarioDiff; notes: readonly string[] };
  whatIf: { summary: ScenarioDiff['summary']; notes: readonly string[]; diff: ScenarioDiff };
  promote: { scenario: Scenario; version: number };
  rebase: Omit<RebaseReport, 'scenario'> & { scenario: Scenario };
  infer: InferAnswer;
}
