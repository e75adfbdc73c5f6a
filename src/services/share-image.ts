import Taro from '@tarojs/taro'

/**
 * Images on share cards (onShareAppMessage, onShareTimeline). WeChat fetches a card's
 * `imageUrl` itself and accepts only an https URL or an image bundled with the app
 * (a path starting with `/`); a `cloud://` file id gives a broken card. So a cloud file
 * goes on a card as its temporary https URL (getTempFileURL), and anything else is left
 * off: WeChat then shows a picture of the page.
 */
export function shareCardImage(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  return url.startsWith('https://') || (url.startsWith('/') && !url.startsWith('//')) ? url : undefined
}

type TempUrls = (fileIds: string[]) => Promise<{ fileID: string; tempFileURL?: string }[]>

const cloudTempUrls: TempUrls = async (fileIds) => {
  const res = await Taro.cloud.getTempFileURL({ fileList: fileIds })
  return res.fileList ?? []
}

/**
 * The https URL a share card can carry for an image (a cloud file id or a URL), or
 * undefined. Never throws: a card without an image is still a card.
 */
export async function shareImageUrl(image: string | null | undefined, tempUrls: TempUrls = cloudTempUrls): Promise<string | undefined> {
  if (!image) return undefined
  if (!image.startsWith('cloud://')) return shareCardImage(image)
  // h5 has no share cards, and the local cloud's files are not on https.
  if (process.env.TARO_ENV === 'h5') return undefined
  try {
    const [file] = await tempUrls([image])
    return shareCardImage(file?.tempFileURL)
  } catch {
    return undefined
  }
}
