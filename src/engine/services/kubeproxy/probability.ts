/**
 * Go's `fmt.Sprintf("%.Nf", x)` for the non-negative doubles kube-proxy formats (`--probability`).
 *
 * Go formats the exact binary value and rounds a tie to even (strconv.FormatFloat); JavaScript's
 * `toFixed` rounds a tie up. They differ when 1/n is a power of two with a 5 in the last place kept +1:
 * 1/2048 = 0.00048828125 is `0.0004882812` in Go and `0.0004882813` with toFixed. Here the double is
 * expanded exactly (mantissa · 2^exponent) and rounded half-to-even in integer arithmetic.
 */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`formatFixed: unsupported value ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponentBits === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075; // x = mantissa · 2^exponent
  const scale = 10n ** BigInt(digits);
  let q: bigint;
  if (exponent >= 0) {
    q = (mantissa << BigInt(exponent)) * scale;
  } else {
    const num = mantissa * scale;
    const den = 1n << BigInt(-exponent);
    q = num / den;
    const rem = num - q * den;
    if (rem * 2n > den || (rem * 2n === den && q % 2n === 1n)) q += 1n;
  }
  const s = q.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}
