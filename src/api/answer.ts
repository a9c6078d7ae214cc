import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app/app';
import type { QuestionInput, QuestionName } from '../app/workers/registry';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Answers an engine question of a stored topology as a REST JSON answer serialized by the response schema `schemaId`:
     * from the answer cache (same version, question and input: the same bytes), or computed and serialized on the worker
     * pool. The event loop only sends the bytes. `?format=svg|dot` (diagrams.ts) needs the answer object: it gets it.
     */
    answer<Q extends QuestionName>(reply: FastifyReply, question: Q, topology: string, input: QuestionInput<Q>, schemaId: string): Promise<unknown>;
  }
}

/** `observe`: ServerOptions.observeAnswers — the contract tests compare the answer object with the bytes served. */
export function installAnswer(server: FastifyInstance, app: App, observe?: (request: FastifyRequest, statusCode: number, payload: unknown) => void): void {
  server.decorateRequest(
    'answer',
    async function answer<Q extends QuestionName>(this: FastifyRequest, reply: FastifyReply, question: Q, name: string, input: QuestionInput<Q>, schemaId: string) {
      const format = (this.query as { format?: string } | undefined)?.format;
      if (format === 'svg' || format === 'dot') return this.ask(question, name, input);
      // Through the principal's view: NOT_FOUND for a topology this token may not read, before any cached answer is looked at.
      const topology = await this.topologies.get(name);
      const bytes = await app.answers.json(question, topology, input, schemaId, this.work.signal);
      if (observe) observe(this, 200, await app.questions.ask(question, topology, input, this.work.signal));
      return reply.type('application/json; charset=utf-8').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
}
