/**
 * Shared shapes of the capacity reports (docs/capacity-json.md is the contract for scripted consumers).
 *
 * Counting conventions, chosen so every report survives JSON.stringify unchanged:
 * - counts of addresses or prefixes are decimal strings (`Count`): IPv6 ranges exceed 2^53;
 * - counts of objects (nodes, pods, Services) and months are numbers.
 */
import { SOURCES, type SourceKey } from './sources';

/** A non-negative integer as a decimal string. */
export type Count = string;

export const PROVIDERS = ['generic', 'gke', 'eks', 'aks', 'calico'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** A derived number together with the rule that produced it and the upstream source of that rule. */
export interface Figure<T> {
  readonly value: T;
  /** Stable rule id (README.md lists them), e.g. `cidrset.blocks`. */
  readonly rule: string;
  /** The computation with its inputs, in words. */
  readonly detail: string;
  /** Keys of the upstream sources behind the rule; the answer's `sources` map gives each key's text. */
  readonly sources: readonly SourceKey[];
  /** false when the figure is a modeled approximation rather than the component's exact behavior. */
  readonly exact: boolean;
}

/** A problem a component would report, with its own wording where it has one. */
export interface Limit {
  readonly rule: string;
  readonly ok: boolean;
  /** Upstream's message when violated, a description of the limit when satisfied. */
  readonly message: string;
  readonly sources: readonly SourceKey[];
}

export function figure<T>(value: T, rule: string, detail: string, source: SourceKey | readonly SourceKey[], exact = true): Figure<T> {
  const sources: readonly SourceKey[] = typeof source === 'string' ? [source] : source;
  return { value, rule, detail, sources, exact };
}

export function limit(rule: string, ok: boolean, message: string, source: SourceKey): Limit {
  return { rule, ok, message, sources: [source] };
}

/**
 * The texts of every source key cited anywhere in `answer` (in `sources` arrays), in SOURCES order, so an
 * answer carries its bibliography once instead of repeating it in every figure.
 */
export function citedSources(answer: unknown): Partial<Record<SourceKey, string>> {
  const used = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sources' && Array.isArray(x)) x.forEach((s) => typeof s === 'string' && used.add(s));
        else walk(x);
      }
    }
  };
  walk(answer);
  const out: Partial<Record<SourceKey, string>> = {};
  for (const key of Object.keys(SOURCES) as SourceKey[]) if (used.has(key)) out[key] = SOURCES[key];
  return out;
}

export const count = (n: bigint): Count => n.toString();

/** 2^n as a bigint. */
export const pow2 = (n: number): bigint => 1n << BigInt(n);

/** Months rounded to hundredths, so reports are stable across platforms' float printing. */
export const roundMonths = (m: number): number => Math.round(m * 100) / 100;
