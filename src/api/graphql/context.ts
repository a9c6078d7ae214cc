import type { App } from '../../app/app';

export interface GraphQLContext {
  readonly app: App;
}
