import type { IdeaView } from '@shared/api'

/** The idea as upvoted at once (before the server answers); an idea already upvoted is unchanged. */
export function upvotedNow(ideas: IdeaView[], ideaId: string): IdeaView[] {
  return ideas.map((i) => (i.ideaId === ideaId && !i.upvoted ? { ...i, upvoted: true, upvotes: i.upvotes + 1 } : i))
}

/** The server's count once it answered. */
export function upvoteSettled(ideas: IdeaView[], ideaId: string, upvotes: number): IdeaView[] {
  return ideas.map((i) => (i.ideaId === ideaId ? { ...i, upvoted: true, upvotes } : i))
}

/** Back to how it was before the tap (the call failed). */
export function upvoteRolledBack(ideas: IdeaView[], before: IdeaView): IdeaView[] {
  return ideas.map((i) => (i.ideaId === before.ideaId ? before : i))
}

/** Adopted ideas first, then by upvotes, then newest. */
export function sortIdeas(ideas: IdeaView[]): IdeaView[] {
  return [...ideas].sort((a, b) => Number(b.adopted) - Number(a.adopted) || b.upvotes - a.upvotes || (b.createdAt > a.createdAt ? 1 : b.createdAt < a.createdAt ? -1 : 0))
}

/**
 * The order shown: ideas already on screen keep their place (an upvote never moves a card
 * under the finger); ideas new since then come first, sorted.
 */
export function stableOrder(shown: string[], ideas: IdeaView[]): IdeaView[] {
  const byId = new Map(ideas.map((i) => [i.ideaId, i]))
  const kept = shown.filter((id) => byId.has(id)).map((id) => byId.get(id) as IdeaView)
  const fresh = sortIdeas(ideas.filter((i) => !shown.includes(i.ideaId)))
  return [...fresh, ...kept]
}
