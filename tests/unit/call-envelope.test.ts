import { AppError } from '@/services/app-error'
import { unwrapEnvelope } from '@/services/envelope'

describe('unwrapEnvelope', () => {
  it('returns the data of a successful envelope', () => {
    expect(unwrapEnvelope({ ok: true, data: { items: [] } })).toEqual({ items: [] })
  })

  it('throws the function error as an AppError with its code and message', () => {
    const run = () => unwrapEnvelope({ ok: false, error: { code: 'SOLD_OUT', message: '库存不足，已售罄' } })
    expect(run).toThrow(AppError)
    expect(run).toThrow('库存不足，已售罄')
    try {
      run()
    } catch (e) {
      expect((e as AppError).code).toBe('SOLD_OUT')
    }
  })

  it('turns an unknown error code into INTERNAL but keeps the message', () => {
    try {
      unwrapEnvelope({ ok: false, error: { code: 'WHAT', message: '奇怪' } })
    } catch (e) {
      expect((e as AppError).code).toBe('INTERNAL')
      expect((e as AppError).message).toBe('奇怪')
    }
    expect.assertions(2)
  })

  it.each([null, undefined, 'text', { ok: 'yes' }])('treats a malformed reply %p as INTERNAL', (reply) => {
    expect(() => unwrapEnvelope(reply)).toThrow(new AppError('INTERNAL'))
  })
})
