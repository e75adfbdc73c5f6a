import type { OrderStatus } from '@shared/api'
import { AppError, NETWORK_MESSAGE } from './app-error'
import { currentDemoOpenid } from './demo-user'
import { unwrapEnvelope } from './envelope'

/**
 * h5 only: the local cloud's stand-in for WeChat Pay. POST /dev/pay delivers the sandbox
 * payment notification for the order, through the same notify function as production.
 */
export async function confirmSandboxPayment(orderId: string): Promise<OrderStatus> {
  let envelope: unknown
  try {
    const res = await fetch('/dev/pay', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': currentDemoOpenid() },
      body: JSON.stringify({ orderId }),
    })
    envelope = await res.json()
  } catch {
    throw new AppError('INTERNAL', NETWORK_MESSAGE)
  }
  return unwrapEnvelope<{ status: OrderStatus }>(envelope).status
}
