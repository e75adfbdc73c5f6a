import type { Tier } from '@shared/api'

export const TIER_LABEL: Record<Tier, string> = {
  explorer: '探索者',
  officer: '体验官',
  cocreator: '共创官',
}

export function tierLabel(tier: string): string {
  return (TIER_LABEL as Record<string, string>)[tier] ?? TIER_LABEL.explorer
}
