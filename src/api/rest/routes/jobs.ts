import type { FastifyInstance } from 'fastify';
import type { App } from '../../../app/app';
import { MAX_WAIT_SECONDS } from '../../../app/jobs/jobService';
import { JOB_KINDS } from '../../../app/jobs/kinds';
import { nameParam, problemResponses, ref } from '../schemas';

const jobParams = { type: 'object', properties: { name: { type: 'string' }, id: { type: 'string' } }, required: ['name', 'id'] } as const;
const idParam = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } as const;
const waitQuery = { type: 'object', additionalProperties: false, properties: { wait: { type: 'integer', minimum: 0, maximum: MAX_WAIT_SECONDS } } } as const;

type JobRoute = { Params: { name: string; id: string } };
type ByIdRoute = { Params: { id: string } };

/**
 * Heavy questions as jobs on the durable queue (src/app/jobs, docs/API.md "Jobs"): submit, poll (or long-poll with
 * ?wait=), cancel. A job is read through its topology, with the scopes of the synchronous question (read).
 */
export async function jobRoutes(server: FastifyInstance, { app }: { app: App }) {
  const location = (name: string, id: string) => `/api/v1/topologies/${encodeURIComponent(name)}/jobs/${id}`;

  server.post<{ Params: { name: string }; Body: { kind: string; input?: Record<string, unknown> } }>('/topologies/:name/jobs', {
    schema: {
      operationId: 'submitJob',
      summary: 'Ask a heavy question as a job: 202 with its id and Location; poll that (or wait on it) for the result',
      description:
        'kind whatIf: input is the body of POST /topologies/{name}/what-if ({operations, options}); scenarioDiff: {scenario, options} (the body of ' +
        'POST /scenarios/{scenario}/diff); reachabilityMatrix: {groupBy, family, port, protocol, packetSize} (the query of GET …/reachability-matrix); ' +
        'connectivity: {level, namespace}. The input is checked as the synchronous operation checks it; a bad one is 400 and nothing is queued.',
      tags: ['jobs'],
      params: nameParam,
      body: {
        type: 'object',
        required: ['kind'],
        additionalProperties: false,
        properties: { kind: { type: 'string', enum: JOB_KINDS }, input: { type: 'object', description: 'the question\'s input, by kind (above)' } },
      },
      response: { 202: ref('Job'), ...problemResponses(404, 413, 415) },
    },
    handler: async (request, reply) => {
      const job = await app.jobs.submit(request.topologies, request.params.name, request.body.kind, request.body.input ?? {});
      reply.status(202).header('location', location(job.topology, job.id));
      return job;
    },
  });

  server.get<JobRoute & { Querystring: { wait?: number } }>('/topologies/:name/jobs/:id', {
    schema: {
      operationId: 'getJob',
      summary: 'A job: its state, times, and its result or problem once finished',
      description: `?wait=<seconds> (at most ${MAX_WAIT_SECONDS}) answers as soon as the job finished, or after that long with its state then.`,
      tags: ['jobs'],
      params: jobParams,
      querystring: waitQuery,
      response: { 200: ref('Job'), ...problemResponses(404) },
    },
    handler: async (request) => {
      const { name, id } = request.params;
      const wait = request.query.wait ?? 0;
      return wait > 0 ? app.jobs.wait(request.topologies, name, id, wait, request.work.signal) : app.jobs.get(request.topologies, name, id);
    },
  });

  server.delete<JobRoute>('/topologies/:name/jobs/:id', {
    schema: {
      operationId: 'cancelJob',
      summary: 'Cancel a queued or running job (409 when it already finished)',
      tags: ['jobs'],
      params: jobParams,
      response: { 200: ref('Job'), ...problemResponses(404, 409) },
    },
    handler: async (request) => app.jobs.cancel(request.topologies, request.params.name, request.params.id),
  });

  // By id alone (the CLI's `netmodel job <id>`, GraphQL's job(id)): the job's topology is looked up, then checked as above.
  server.get<ByIdRoute & { Querystring: { wait?: number } }>('/jobs/:id', {
    schema: {
      operationId: 'getJobById',
      summary: 'A job by its id alone (404 when it is on a topology the token cannot see)',
      description: `The same as GET /topologies/{name}/jobs/{id}; ?wait=<seconds> (at most ${MAX_WAIT_SECONDS}) too.`,
      tags: ['jobs'],
      params: idParam,
      querystring: waitQuery,
      response: { 200: ref('Job'), ...problemResponses(404) },
    },
    handler: async (request) => {
      const wait = request.query.wait ?? 0;
      return wait > 0 ? app.jobs.wait(request.topologies, undefined, request.params.id, wait, request.work.signal) : app.jobs.get(request.topologies, undefined, request.params.id);
    },
  });

  server.delete<ByIdRoute>('/jobs/:id', {
    schema: {
      operationId: 'cancelJobById',
      summary: 'Cancel a job by its id alone (409 when it already finished)',
      tags: ['jobs'],
      params: idParam,
      response: { 200: ref('Job'), ...problemResponses(404, 409) },
    },
    handler: async (request) => app.jobs.cancel(request.topologies, undefined, request.params.id),
  });
}
