/** A deal holds at most this many pictures (the cloud's limit). */
export const MAX_DEAL_PICTURES = 9

/** The deal's pictures in order, the cover first. */
export function picturesOf(form: { image: string; images: string[] }): string[] {
  return [form.image, ...form.images.filter((id) => id !== form.image)].filter(Boolean)
}

/** Adds pictures at the end (none twice, at most MAX_DEAL_PICTURES). */
export function addPictures(list: string[], ids: string[]): string[] {
  const next = [...list]
  for (const id of ids) if (!next.includes(id) && next.length < MAX_DEAL_PICTURES) next.push(id)
  return next
}

/** A built-in picture tapped: added at the end, or taken out when it was chosen. */
export function togglePicture(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : addPictures(list, [id])
}

/** One place earlier; moved to the first place it becomes the cover. */
export function movePictureEarlier(list: string[], index: number): string[] {
  if (index <= 0 || index >= list.length) return list
  const next = [...list]
  ;[next[index - 1], next[index]] = [next[index], next[index - 1]]
  return next
}
