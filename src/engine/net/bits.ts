/**
 * Word-level bit arithmetic shared by Prefix, the trie and the sweep. Addresses are four MSB-aligned uint32
 * words (see ipAddress.ts); "bit i" counts from the most significant bit of w0.
 */

/** Mask keeping the top `n` bits of a 32-bit word, as uint32 (n in 0..32). JS shifts are mod 32, hence the table. */
export const WORD_MASK: readonly number[] = Array.from({ length: 33 }, (_, n) => (n === 0 ? 0 : (0xffff_ffff << (32 - n)) >>> 0));

/** How many of a prefix's `length` bits fall into word `k`. */
export function bitsInWord(length: number, k: number): number {
  const b = length - 32 * k;
  return b <= 0 ? 0 : b >= 32 ? 32 : b;
}

/** Word `k` of an address masked to `length` bits. */
export function maskWord(word: number, length: number, k: number): number {
  return (word & WORD_MASK[bitsInWord(length, k)]!) >>> 0;
}

/** Word `k` with every bit past `length` set (the last address of a prefix). */
export function fillWord(word: number, length: number, k: number): number {
  return (word | ~WORD_MASK[bitsInWord(length, k)]!) >>> 0;
}
