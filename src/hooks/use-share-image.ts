import { useEffect, useState } from 'react'
import { shareImageUrl } from '@/services/share-image'

/**
 * The https image for this page's share cards: the temporary URL of `image` (a cloud file
 * id), asked for once the page knows it; undefined until then or when there is none.
 */
export function useShareImage(image: string | null | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined)
  useEffect(() => {
    let live = true
    setUrl(undefined)
    shareImageUrl(image).then((u) => live && setUrl(u))
    return () => {
      live = false
    }
  }, [image])
  return url
}
