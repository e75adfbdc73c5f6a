import { useEffect, useState } from 'react'
import { listPosts } from '@/services/community'
import { previewPhotos } from '@/utils/photo-grid'

/** A few photos of the newest 晒单 (each post's first ones first), for the home page's strip; empty when they cannot be read. */
export function usePostPreview(count = 3): string[] {
  const [photos, setPhotos] = useState<string[]>([])
  useEffect(() => {
    let live = true
    listPosts('newest').then(
      (page) => live && setPhotos(previewPhotos(page.items, count)),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [count])
  return photos
}
