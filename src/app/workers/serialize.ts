import fastJson, { type Schema } from 'fast-json-stringify';

/** A JSON Schema with an `$id`, as the REST layer registers them with fastify (`server.addSchema`). */
export type ResponseSchema = { readonly $id: string } & Record<string, unknown>;

/**
 * Answers → JSON bytes by their response schema, the way fastify's serializer does it (the same fast-json-stringify,
 * compiled the same way: `{ $ref: '<id>#' }` against every registered schema), so that bytes made here — on a worker
 * thread, or once for the answer cache — are the bytes fastify would have sent. Compiled once per schema id, on first use.
 */
export class JsonSerializers {
  private readonly compiled = new Map<string, (answer: unknown) => string>();
  private readonly external: Record<string, ResponseSchema>;
  private readonly encoder = new TextEncoder();

  constructor(readonly schemas: readonly ResponseSchema[]) {
    this.external = Object.fromEntries(schemas.map((s) => [s.$id, s]));
  }

  has(id: string): boolean {
    return id in this.external;
  }

  bytes(id: string, answer: unknown): Uint8Array {
    let serialize = this.compiled.get(id);
    if (!serialize) {
      if (!this.has(id)) throw new Error(`no response schema "${id}" was given to the question runner`);
      serialize = fastJson({ $ref: `${id}#` }, { schema: this.external as unknown as Record<string, Schema> });
      this.compiled.set(id, serialize);
    }
    return this.encoder.encode(serialize(answer));
  }
}
