import Taro from '@tarojs/taro'
import { storageUrl } from './images'

/**
 * A path a canvas can draw from a cloud file id: weapp downloads the file to a temp path
 * (a canvas cannot load cloud:// ids); h5 uses the local cloud's URL.
 */
export async function localImagePath(fileId: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') return storageUrl(fileId)
  if (!fileId.startsWith('cloud://')) return fileId
  const res = await Taro.cloud.downloadFile({ fileID: fileId })
  return res.tempFilePath
}
