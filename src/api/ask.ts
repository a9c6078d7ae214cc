import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app';
import type { QuestionAnswer, QuestionInput, QuestionName } from '../app/workers/registry';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Asks an engine question of a stored topology as this request's token may (scope read, topology limits), on the worker
     * pool, stopped with the request (timeout, client gone). REST handlers are `request.ask('<question>', name, input)`.
     */
    ask<Q extends QuestionName>(question: Q, topology: string, input: QuestionInput<Q>): Promise<QuestionAnswer<Q>>;
  }
}

export function installAsk(server: FastifyInstance, app: App): void {
  server.decorateRequest('ask', async function ask<Q extends QuestionName>(this: FastifyRequest, question: Q, topology: string, input: QuestionInput<Q>) {
    return app.questions.ask(question, await this.topologies.get(topology), input, this.work.signal);
  });
}
