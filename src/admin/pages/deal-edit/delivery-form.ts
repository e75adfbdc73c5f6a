import type { DealDeliveryView } from '@shared/api'
import { parseYuan } from '@/utils/parse-yuan'
import { fieldDigits } from '@/utils/format'
import type { DealForm, FormErrors } from './deal-form'

type DeliveryFields = Pick<DealForm, 'express' | 'pickup' | 'shippingFee' | 'freeFrom'>

/** A deal's delivery as the form shows it: fees in yuan. */
export function deliveryFields(d: DealDeliveryView): DeliveryFields {
  return {
    express: d.express,
    pickup: d.pickup,
    shippingFee: fieldDigits(d.shippingFeeFen),
    freeFrom: d.freeFromFen === null ? '' : fieldDigits(d.freeFromFen),
  }
}

/**
 * The form's delivery settings in fen, writing a Chinese message into `errors` for each
 * wrong field. At least one mode; fees only matter for express (kept as typed otherwise).
 */
export function deliveryFromForm(form: DealForm, errors: FormErrors): DealDeliveryView | null {
  if (!form.express && !form.pickup) {
    errors.express = '快递到家和团长自提至少开启一种'
    return null
  }
  if (!form.express) return { express: false, pickup: true, shippingFeeFen: 0, freeFromFen: null }
  const shippingFeeFen = form.shippingFee.trim() ? parseYuan(form.shippingFee) : 0
  if (shippingFeeFen === null) errors.shippingFee = '运费格式不对，如 8 或 6.5（不收运费填 0）'
  const freeFromFen = form.freeFrom.trim() ? parseYuan(form.freeFrom) : null
  if (form.freeFrom.trim() && (freeFromFen === null || freeFromFen <= 0)) errors.freeFrom = '包邮门槛格式不对，如 99（不设门槛请留空）'
  if (shippingFeeFen === null || errors.freeFrom) return null
  return { express: true, pickup: form.pickup, shippingFeeFen, freeFromFen }
}
