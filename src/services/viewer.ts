import type { MeOutput } from '@shared/api'
import { me } from './member'
import { arrivalCode } from './arrival-code'

let cached: Promise<MeOutput> | null = null

/** Who is looking, fetched once per session (nickname and code for share cards and posters). */
export function viewer(): Promise<MeOutput> {
  if (!cached) {
    cached = me().catch((error) => {
      cached = null
      throw error
    })
  }
  return cached
}

/**
 * The code to put on the viewer's share cards: their own distribution code when they have
 * one, else the code they arrived with (so a forwarded card keeps crediting its sharer).
 */
export async function shareCode(): Promise<string | undefined> {
  try {
    return (await viewer()).distributorCode || arrivalCode()
  } catch {
    return arrivalCode()
  }
}
