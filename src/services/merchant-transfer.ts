import Taro from '@tarojs/taro'
import type { WithdrawalView } from '@shared/api'
import { AppError } from './app-error'
import { refreshWithdrawal } from './distribution'
import { confirmSandboxTransfer } from './sandbox-payout'

/** The merchant id and the mini-program's AppID, replaced at build time (config/index.ts). */
declare const WXPAY_MCHID: string
declare const WXPAY_APPID: string
/** The 待确认收款 reminder's subscription template (config/index.ts); empty: none asked for. */
declare const WX_TMPL_TRANSFER_CONFIRM: string

interface MerchantTransferOptions {
  mchId: string
  appId: string
  package: string
  success: () => void
  fail: (err: { errMsg?: string }) => void
}
declare const wx: { requestMerchantTransfer?: (options: MerchantTransferOptions) => void } | undefined

export type ConfirmOutcome = 'confirmed' | 'cancelled' | 'sandbox'

/**
 * Asks for consent to the 待确认收款 reminder (sent once, 4 hours before an unconfirmed
 * transfer closes). WeChat honours the request only inside a tap: call it FIRST in the 提现
 * tap handler, before any await. A refusal never blocks the withdrawal.
 */
export async function askForTransferReminder(): Promise<void> {
  // A build-time constant; absent outside a Taro build (unit tests).
  const template = typeof WX_TMPL_TRANSFER_CONFIRM === 'string' ? WX_TMPL_TRANSFER_CONFIRM : ''
  if (!template) return
  try {
    await Taro.requestSubscribeMessage({ tmplIds: [template] } as Parameters<typeof Taro.requestSubscribeMessage>[0])
  } catch {
    // declined or unsupported: the leader centre still shows 待确认收款
  }
}

/**
 * 确认收款 for a transfer WeChat holds for the user: WeChat's own sheet on weapp
 * (wx.requestMerchantTransfer; Taro 4.2 has no wrapper); on h5 the local sandbox
 * confirms at once. Then the withdrawal as the payout platform now reports it.
 */
export async function confirmTransfer(w: WithdrawalView): Promise<{ outcome: ConfirmOutcome; withdrawal: WithdrawalView }> {
  if (process.env.TARO_ENV === 'h5') {
    await confirmSandboxTransfer(w.withdrawalId)
    return { outcome: 'sandbox', withdrawal: await refreshWithdrawal(w.withdrawalId) }
  }
  const confirmed = await requestInWechat(w.packageInfo)
  if (!confirmed) return { outcome: 'cancelled', withdrawal: w }
  return { outcome: 'confirmed', withdrawal: await refreshWithdrawal(w.withdrawalId) }
}

function requestInWechat(packageInfo: string | null): Promise<boolean> {
  const request = typeof wx === 'undefined' ? undefined : wx.requestMerchantTransfer
  if (!request) return Promise.reject(new AppError('INTERNAL', '请升级微信到最新版本后再确认收款'))
  if (!packageInfo) return Promise.reject(new AppError('ORDER_STATE', '这笔提现已不需要确认'))
  const appId = WXPAY_APPID || Taro.getAccountInfoSync().miniProgram.appId
  return new Promise((resolve, reject) => {
    request({
      mchId: WXPAY_MCHID,
      appId,
      package: packageInfo,
      success: () => resolve(true),
      fail: (err) => {
        if (String(err?.errMsg ?? '').includes('cancel')) resolve(false)
        else reject(new AppError('INTERNAL', '确认收款没有成功，请稍后重试'))
      },
    })
  })
}
