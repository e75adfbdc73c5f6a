import Taro from '@tarojs/taro'

/** A list picture's width in pixels: a third of a 390-pt phone at 3× is 390, a 2×2 cell about 300. */
export const THUMB_WIDTH = 360
const QUALITY = 0.72

/**
 * A smaller copy of a picked photo for lists (the feed's grid), as a temp path to upload:
 * WeChat's compressImage to THUMB_WIDTH wide; in the browser a canvas. Null when the photo
 * is already that small or the device cannot make one (the list then shows the photo itself).
 */
export async function makeThumbnail(path: string): Promise<string | null> {
  try {
    if (process.env.TARO_ENV === 'h5') return await canvasThumbnail(path)
    const info = await Taro.getImageInfo({ src: path })
    if (info.width <= THUMB_WIDTH) return null
    const res = await Taro.compressImage({ src: path, quality: Math.round(QUALITY * 100), compressedWidth: THUMB_WIDTH })
    return res.tempFilePath
  } catch {
    return null
  }
}

async function canvasThumbnail(path: string): Promise<string | null> {
  const img = document.createElement('img')
  img.src = path
  await img.decode()
  if (img.naturalWidth <= THUMB_WIDTH) return null
  const canvas = document.createElement('canvas')
  canvas.width = THUMB_WIDTH
  canvas.height = Math.max(1, Math.round((img.naturalHeight * THUMB_WIDTH) / img.naturalWidth))
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY))
  return blob ? URL.createObjectURL(blob) : null
}
