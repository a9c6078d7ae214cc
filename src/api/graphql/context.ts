import type { App } from '../../app/app';
import type { ScopedTopologies } from '../../app/scopedTopologies';
import type { ScenarioService } from '../../app/scenarioService';

export interface GraphQLContext {
  readonly app: App;
  /** The topology use cases as the caller's token allows. */
  readonly topologies: ScopedTopologies;
  /** Scenario use cases as the caller's token allows. */
  readonly scenarios: ScenarioService;
  /** Aborted at the request timeout: pass it to app.questions.ask so the question stops with the request. */
  readonly signal: AbortSignal;
  /** Marks the request a write (done by the server for mutations): never stopped or relabeled by the timeout. */
  readonly markWrite: () => void;
}
