/**
 * The database commands over the REST API of the server that holds the embedded database (docs/API.md), so that
 * `npm start` and a scripted job can run side by side. Questions about a stored topology fetch its model once and are
 * answered here by the same code as locally, so the answers (and -o json) are the same either way; writes go through
 * the server, which validates, stores and tells its caches. The token is NETMODEL_TOKEN, sent as a bearer token.
 */
import type { Topology } from '../engine/model/topology';
import type { DocumentFormat } from '../io/parseTopology';
import { AppError, type AppErrorCode } from '../app/errors';
import { TopologyCache } from '../app/topologyCache';
import type { ImportOptions } from '../app/topologyService';
import type { ScenarioRef } from '../app/scenarioService';
import type { CliStore } from './context';
import type { JobView } from '../app/jobs/jobService';

const CODE_BY_STATUS: Record<number, AppErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Timestamps travel as ISO strings; the CLI's renderers take Dates, as the local services return them. */
const DATE_FIELDS = new Set(['createdAt', 'updatedAt', 'promotedAt', 'expiresAt', 'revokedAt', 'lastUsedAt']);
const reviveDates = (key: string, value: unknown) => (DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value);

/** fetch() reports a refused connection as "fetch failed" with the reason (ECONNREFUSED…) in its cause. */
const causeOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
};

const ifMatch = (version: number | undefined): Record<string, string> => (version === undefined ? {} : { 'if-match': `"${version}"` });
const path = (...segments: string[]) => segments.map(encodeURIComponent).join('/');

/** A scenario's route: names are unique per topology, so a ref naming its topology adds `?topology=` (src/api/rest/routes/scenarios.ts). */
const scenarioPath = (ref: ScenarioRef, ...rest: string[]) =>
  typeof ref === 'string' ? path('scenarios', ref, ...rest) : `${path('scenarios', ref.name, ...rest)}${ref.topology === undefined ? '' : `?topology=${encodeURIComponent(ref.topology)}`}`;

/** The REST lists answer a page at a time ({items, next}); the CLI wants them whole. */
const PAGE = 1000;

export class RemoteStore implements CliStore {
  readonly description: string;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
  ) {
    this.description = `the server at ${baseUrl}`;
  }

  private async request(method: string, route: string, init: { body?: string; type?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/api/v1/${route}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...(init.body === undefined ? {} : { 'content-type': init.type ?? 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', `the embedded database is held by the server at ${this.baseUrl}, which does not answer (${causeOf(error)})`);
    }
    if (response.ok) return response;
    throw await this.problem(response);
  }

  /** A problem+json answer (src/api/rest/problem.ts) as the AppError the server raised, with a hint where the CLI can give one. */
  private async problem(response: Response): Promise<AppError> {
    const text = await response.text();
    let body: { detail?: string; code?: string; errors?: { path: string; message: string }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { detail: text.slice(0, 200) };
    }
    const code = (body.code as AppErrorCode | undefined) ?? CODE_BY_STATUS[response.status] ?? 'SERVICE_UNAVAILABLE';
    let message = body.detail ?? `${response.status} ${response.statusText}`;
    if (response.status === 401) message += ` — the server at ${this.baseUrl} holds the database and requires a token: set NETMODEL_TOKEN`;
    if (response.status === 413) message += ` — the server at ${this.baseUrl} refuses it; start it with a larger NETMODEL_MAX_DOCUMENT_BYTES`;
    return new AppError(code, message, body.errors ? { problems: body.errors } : {});
  }

  private async json<T>(method: string, route: string, init?: { body?: string; type?: string; headers?: Record<string, string> }): Promise<T> {
    const response = await this.request(method, route, init);
    return JSON.parse(await response.text(), reviveDates) as T;
  }

  /** Every page of a REST list, following `next` (src/api/rest/pagination.ts). */
  private async all<T>(route: string): Promise<T[]> {
    const items: T[] = [];
    const join = route.includes('?') ? '&' : '?';
    let cursor: string | null = null;
    do {
      const page: { items: T[]; next: string | null } = await this.json('GET', `${route}${join}limit=${PAGE}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
      items.push(...page.items);
      cursor = page.next;
    } while (cursor !== null);
    return items;
  }

  private readonly topologyCache = new TopologyCache();

  readonly topologies: CliStore['topologies'] = {
    cache: this.topologyCache,
    list: async () => this.all<Awaited<ReturnType<CliStore['topologies']['list']>>[number]>('topologies'),
    get: async (name: string) => this.json<Topology>('GET', path('topologies', name)),
    export: async (name: string, format: DocumentFormat) => (await this.request('GET', `${path('topologies', name, 'export')}?format=${format}`)).text(),
    delete: async (name: string, ifVersion?: number) => void (await this.request('DELETE', path('topologies', name), { headers: ifMatch(ifVersion) })),
    import: async (document: string, options: ImportOptions = {}) => {
      const query = new URLSearchParams({ ...(options.name ? { name: options.name } : {}), ...(options.replace ? { replace: 'true' } : {}) });
      const type = options.format === 'json' ? 'application/json' : options.format === 'yaml' ? 'application/yaml' : 'text/plain';
      const report = await this.json<{ name: string; created: boolean; warnings: []; inferences: [] }>('POST', `topologies?${query}`, {
        body: document,
        type,
        headers: ifMatch(options.ifVersion),
      });
      return { topology: await this.topologies.get(report.name), created: report.created, warnings: report.warnings, inferences: report.inferences };
    },
  };

  scenarios(): ReturnType<CliStore['scenarios']> {
    const body = (value: unknown) => ({ body: JSON.stringify(value) });
    return {
      create: (input) => this.json('POST', path('topologies', input.topology, 'scenarios'), body({ name: input.name, description: input.description, operations: input.operations })),
      list: async (topology) => this.all(`scenarios${topology === undefined ? '' : `?topology=${encodeURIComponent(topology)}`}`),
      history: async (topology) => this.all(path('topologies', topology, 'history')),
      get: (ref) => this.json('GET', scenarioPath(ref)),
      addOperations: (ref, operations, ifVersion) => this.json('POST', scenarioPath(ref, 'operations'), { ...body({ operations }), headers: ifMatch(ifVersion) }),
      removeOperation: (ref, index, ifVersion) => this.json('DELETE', scenarioPath(ref, 'operations', String(index)), { headers: ifMatch(ifVersion) }),
      diff: (ref, options = {}) => this.json('POST', scenarioPath(ref, 'diff'), body(options)),
      promote: (ref, ifVersion) => this.json('POST', scenarioPath(ref, 'promote'), { headers: ifMatch(ifVersion) }),
      rebase: (ref, ifVersion) => this.json('POST', scenarioPath(ref, 'rebase'), { headers: ifMatch(ifVersion) }),
      discard: (ref, ifVersion) => this.json('DELETE', scenarioPath(ref), { headers: ifMatch(ifVersion) }),
    };
  }

  jobs(): ReturnType<CliStore['jobs']> {
    // Parsed without reviveDates: a job's times stay the ISO strings the local service answers too.
    const job = async (method: string, route: string, body?: unknown) =>
      (await (await this.request(method, route, body === undefined ? {} : { body: JSON.stringify(body) })).json()) as JobView;
    return {
      submit: (topology, kind, input) => job('POST', path('topologies', topology, 'jobs'), { kind, input }),
      get: (id, waitSeconds) => job('GET', `${path('jobs', id)}${waitSeconds ? `?wait=${waitSeconds}` : ''}`),
      cancel: (id) => job('DELETE', path('jobs', id)),
    };
  }

  /** Tokens decide who may use the server, so the API does not manage them: they need the database itself. */
  readonly auth: CliStore['auth'] = {
    create: () => this.tokensNeedDatabase(),
    list: () => this.tokensNeedDatabase(),
    revoke: () => this.tokensNeedDatabase(),
  };

  private tokensNeedDatabase(): never {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      `token commands need the embedded database itself, which the server at ${this.baseUrl} holds: stop the server, run the command, start it again ` +
        '(or share a Postgres through DATABASE_URL)',
    );
  }

  async close(): Promise<void> {}
}
