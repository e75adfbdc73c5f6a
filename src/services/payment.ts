import Taro from '@tarojs/taro'
import type { PaymentParams } from '@shared/api'
import { AppError, toAppError } from './app-error'
import { showPaySheet, type SandboxPayment } from './pay-sheet-bus'
import { confirmSandboxPayment } from './sandbox-pay'
import { askForSubscription } from './subscription-consent'

export type PayResult = 'paid' | 'cancelled'

declare const WX_TMPL_GROUP_RESULT: string

/**
 * Asks for consent to the group-result subscription message (成团 / 未成团 notice), FIRST in
 * the tap that pays (去支付 on the checkout sheet, on an order, on a group): see
 * askForSubscription. A refusal never blocks the payment.
 */
export async function askForGroupResultNotice(): Promise<void> {
  // A build-time constant; absent outside a Taro build (unit tests). No await before the request.
  await askForSubscription(typeof WX_TMPL_GROUP_RESULT === 'string' ? WX_TMPL_GROUP_RESULT : '')
}

/**
 * Pays for an order: WeChat Pay's own sheet on weapp, the sandbox pay sheet on h5.
 * 'cancelled' when the shopper closes it; an AppError when paying fails.
 * 'paid' means the payment went through; the order turns paid when the notification lands
 * (at once on the local cloud, a moment later in WeChat).
 */
export function pay(params: PaymentParams): Promise<PayResult> {
  if (params.provider === 'wechat') return payWithWechat(params)
  if (process.env.TARO_ENV === 'h5') return payInSandbox(params)
  return Promise.reject(new AppError('INTERNAL', '本地沙箱支付只能在浏览器中使用'))
}

async function payWithWechat({ provider: _provider, ...params }: Extract<PaymentParams, { provider: 'wechat' }>) {
  try {
    await Taro.requestPayment(params)
    return 'paid' as const
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? '')
    if (message.includes('cancel')) return 'cancelled' as const
    throw new AppError('INTERNAL', '支付没有成功，请稍后重试')
  }
}

function payInSandbox(payment: SandboxPayment): Promise<PayResult> {
  return new Promise((resolve, reject) => {
    const shown = showPaySheet({
      payment,
      async confirm() {
        try {
          await confirmSandboxPayment(payment.orderId)
          resolve('paid')
        } catch (error) {
          reject(toAppError(error))
        }
      },
      cancel: () => resolve('cancelled'),
    })
    if (!shown) reject(new AppError('INTERNAL', '支付组件没有准备好，请刷新页面'))
  })
}
