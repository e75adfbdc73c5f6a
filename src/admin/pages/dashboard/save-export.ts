import Taro from '@tarojs/taro'

// Where an exported CSV goes. h5: the browser downloads it. weapp: a CSV cannot be opened
// in the mini-program (openDocument reads office files and PDF only), so it is downloaded
// to a temporary file that the admin sends to a chat (文件传输助手 opens it on a computer),
// or its link is copied.

/** h5: starts the download of the file at `url`. */
export function downloadInBrowser(url: string, name: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.target = '_blank'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** weapp: the file downloaded to a temporary path, ready to send to a chat. */
export async function downloadToDevice(url: string): Promise<string> {
  const res = await Taro.downloadFile({ url })
  if (res.statusCode !== 200) throw new Error(`download ${res.statusCode}`)
  return res.tempFilePath
}

/** weapp, in a tap: sends the downloaded CSV to a chat. */
export function sendToChat(filePath: string, name: string): Promise<unknown> {
  return Taro.shareFileMessage({ filePath, fileName: name })
}

export function copyLink(url: string): Promise<unknown> {
  return Taro.setClipboardData({ data: url })
}
