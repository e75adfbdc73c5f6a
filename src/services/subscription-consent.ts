import Taro from '@tarojs/taro'

export type ConsentAnswer = 'accepted' | 'rejected' | 'unavailable'

/**
 * Asks the member for consent to one subscription message (订阅消息). WeChat honours the
 * request only inside a tap, before any await: call this FIRST in the tap handler. The request
 * is made before this returns (no await inside); the promise settles with the answer.
 * 'unavailable' without a template id (a build without it, h5, the local cloud).
 */
export function askForSubscription(template: string): Promise<ConsentAnswer> {
  if (!template || process.env.TARO_ENV !== 'weapp') return Promise.resolve('unavailable')
  const asked = Taro.requestSubscribeMessage({ tmplIds: [template] } as Parameters<typeof Taro.requestSubscribeMessage>[0])
  return asked.then(
    (res) => ((res as unknown as Record<string, string>)[template] === 'accept' ? 'accepted' : 'rejected'),
    () => 'rejected',
  )
}
