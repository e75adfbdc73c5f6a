import type { Verdict } from './port';

const SEVERITY: Record<Verdict, number> = { pass: 0, review: 1, risky: 2 };

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SEVERITY, value);
}

/** The most severe of several verdicts; the first of equals wins (its label, its trace id). */
export function worstVerdict<T extends { verdict: Verdict }>(verdicts: readonly T[]): T {
  if (verdicts.length === 0) throw new RangeError('worstVerdict needs at least one verdict');
  return verdicts.reduce((worst, next) => (SEVERITY[next.verdict] > SEVERITY[worst.verdict] ? next : worst));
}
