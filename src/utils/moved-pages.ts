import { GROUP_PAGE, LEADER_APPLY_PATH, LEADER_PATH, WITHDRAW_PATH, withQuery } from './page-paths'

/**
 * Pages that left the main package for subpackages (issue 18), by their old path. Share
 * cards, posters and subscription messages sent before the move still carry the old path;
 * the app sends them on to the page's new home.
 */
const MOVED: Record<string, string> = {
  'pages/group/index': GROUP_PAGE,
  'pages/leader/index': LEADER_PATH,
  'pages/withdraw/index': WITHDRAW_PATH,
  'pages/leader-apply/index': LEADER_APPLY_PATH,
}

/** The url (leading slash, the same query) that replaces an old page path, or null when the path never moved. */
export function movedPageUrl(path: unknown, query?: unknown): string | null {
  if (typeof path !== 'string') return null
  const target = MOVED[path.replace(/^\//, '')]
  if (!target) return null
  const params: Record<string, string> = {}
  if (query && typeof query === 'object') {
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params[key] = value
  }
  return '/' + withQuery(target, params)
}
