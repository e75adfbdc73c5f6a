import Taro from '@tarojs/taro'
import { AppError, NETWORK_MESSAGE } from './app-error'
import { unwrapEnvelope } from './envelope'
import { currentDemoOpenid } from './demo-user'

export { AppError } from './app-error'

async function callCloud(name: string, data: object): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name, data: data as Record<string, unknown> })
  return res.result
}

/** h5 only: the local cloud answers POST /cloud/<name> with the function's envelope. */
async function callLocal(name: string, data: object): Promise<unknown> {
  const res = await fetch('/cloud/' + name, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': currentDemoOpenid() },
    body: JSON.stringify(data),
  })
  return res.json()
}

/**
 * Calls a cloud function and returns its envelope's `data`, or throws an AppError
 * (the function's error code, or INTERNAL when the network or the reply fails).
 */
export async function callFunction<T>(name: string, data: object): Promise<T> {
  let envelope: unknown
  try {
    envelope = process.env.TARO_ENV === 'h5' ? await callLocal(name, data) : await callCloud(name, data)
  } catch {
    throw new AppError('INTERNAL', NETWORK_MESSAGE)
  }
  return unwrapEnvelope<T>(envelope)
}
