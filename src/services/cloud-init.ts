import Taro from '@tarojs/taro'

/** Replaced at build time from the CLOUD_ENV environment variable (config/index.ts). */
declare const CLOUD_ENV: string

let initialised = false

/** weapp: connect wx.cloud to the CloudBase environment once. h5 talks to the local cloud. */
export function initCloud(): void {
  if (process.env.TARO_ENV !== 'weapp' || initialised) return
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
  initialised = true
}
