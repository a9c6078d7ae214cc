/** Measuring helpers shared by the benches: one definition of a timed run, a mean, a median and a megabyte figure. */

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
