import type { App } from '../../app/app';
import type { ScopedTopologies } from '../../app/scopedTopologies';
import type { ScenarioService } from '../../app/scenarioService';

export interface GraphQLContext {
  readonly app: App;
  /** The topology use cases as the caller's token allows. */
  readonly topologies: ScopedTopologies;
  /** Scenario use cases as the caller's token allows. */
  readonly scenarios: ScenarioService;
}
