/**
 * The one error the address layer throws: text that is not an address or prefix. Parsing happens at the
 * boundary (src/io, tests, builders), so a caller that wants data instead of an exception uses `tryParse`.
 */
export type AddressParseTarget = 'IP address' | 'prefix';

export class AddressParseError extends Error {
  override readonly name = 'AddressParseError';

  constructor(
    readonly input: string,
    readonly target: AddressParseTarget,
    readonly reason: string,
  ) {
    super(`${JSON.stringify(input)} is not a valid ${target}: ${reason}`);
  }
}
