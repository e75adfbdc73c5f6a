import type { DealDeliveryView, DealDraft } from '@shared/api'
import { DEFAULT_DEAL_DELIVERY } from '@shared/domain/delivery'
import { parseCount } from '@/utils/parse-count'
import { parseYuan } from '@/utils/parse-yuan'
import { fieldDigits } from '@/utils/format'
import { fromShanghaiInput, toShanghaiInput } from './shanghai-input'
import { deliveryFields, deliveryFromForm } from './delivery-form'

/** The deal editor's fields as typed: numbers stay text until saved. */
export interface DealForm {
  productId?: string
  title: string
  subtitle: string
  description: string
  image: string
  /** The deal's pictures after the cover (`image`), in order. */
  images: string[]
  groupPrice: string
  soloPrice: string
  groupSize: string
  timeLimitHours: string
  perUserLimit: string
  stock: string
  /** 库存分片: documents the stock is spread over for a rush of buyers (1–64). */
  stockShards: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  autoComplete: boolean
  commissionPercent: string
  tags: string
  /** 快递到家 offered. */
  express: boolean
  /** 团长自提 offered. */
  pickup: boolean
  /** Express fee in yuan; '' or '0' is free shipping. */
  shippingFee: string
  /** 满 X 元包邮, in yuan; '' for never free. */
  freeFrom: string
  /** The 商品分类 it is listed under; '' for none. */
  categoryId: string
}

export type FormErrors = Partial<Record<keyof DealForm, string>>

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A new deal: starts at the next full hour, runs two weeks, 15% commission. */
export function emptyForm(now: Date): DealForm {
  const start = toShanghaiInput(new Date(Math.ceil(now.getTime() / HOUR) * HOUR).toISOString())
  const end = toShanghaiInput(new Date(Math.ceil(now.getTime() / HOUR) * HOUR + 14 * DAY).toISOString())
  return {
    title: '',
    subtitle: '',
    description: '',
    image: '',
    images: [],
    groupPrice: '',
    soloPrice: '',
    groupSize: '3',
    timeLimitHours: '24',
    perUserLimit: '5',
    stock: '100',
    stockShards: '1',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    autoComplete: false,
    commissionPercent: '15',
    tags: '',
    express: true,
    pickup: true,
    shippingFee: '0',
    freeFrom: '',
    categoryId: '',
  }
}

export function formFromDraft(d: DealDraft): DealForm {
  const start = toShanghaiInput(d.startAt)
  const end = toShanghaiInput(d.endAt)
  return {
    productId: d.productId,
    title: d.title,
    subtitle: d.subtitle,
    description: d.description,
    image: d.image,
    images: d.images.filter((id) => id !== d.image),
    groupPrice: fieldDigits(d.groupPriceFen),
    soloPrice: d.soloPriceFen === null ? '' : fieldDigits(d.soloPriceFen),
    groupSize: String(d.groupSize),
    timeLimitHours: String(Math.round(d.timeLimitMinutes / 60)),
    perUserLimit: String(d.perUserLimit),
    stock: String(d.stock),
    stockShards: String(d.stockShards ?? 1),
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    autoComplete: d.autoComplete,
    commissionPercent: fieldDigits(d.commissionBps),
    tags: d.tags.join(' '),
    ...deliveryFields(d.delivery ?? DEFAULT_DEAL_DELIVERY),
    categoryId: d.categoryId ?? '',
  }
}

const splitTags = (text: string) => text.split(/[\s,，、]+/).filter(Boolean)

/** The form as a DealDraft, or a Chinese message for each field that is wrong. */
export function formToDraft(form: DealForm): { ok: true; draft: DealDraft } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {}
  const title = form.title.trim()
  if (!title) errors.title = '请填写活动标题'
  else if (title.length > 30) errors.title = '标题最多 30 个字'
  if (form.subtitle.trim().length > 40) errors.subtitle = '副标题最多 40 个字'
  if (form.description.trim().length > 1000) errors.description = '商品介绍最多 1000 个字'
  if (!form.image) errors.image = '请上传或从图库选择至少一张商品图片'

  const groupPriceFen = parseYuan(form.groupPrice)
  if (groupPriceFen === null || groupPriceFen <= 0) errors.groupPrice = '请填写拼团价，如 29.9（最多两位小数）'
  const soloPriceFen = form.soloPrice.trim() ? parseYuan(form.soloPrice) : null
  if (form.soloPrice.trim() && soloPriceFen === null) errors.soloPrice = '单买价格式不对，如 39.9'
  else if (soloPriceFen !== null && groupPriceFen !== null && soloPriceFen <= groupPriceFen) errors.soloPrice = '单买价应高于拼团价'

  const groupSize = parseCount(form.groupSize, 2, 50)
  if (groupSize === null) errors.groupSize = '成团人数需在 2–50 人之间'
  const hours = parseCount(form.timeLimitHours, 1, 168)
  if (hours === null) errors.timeLimitHours = '成团时限需在 1–168 小时之间'
  const perUserLimit = parseCount(form.perUserLimit, 1, 99)
  if (perUserLimit === null) errors.perUserLimit = '每人限购需在 1–99 份之间'
  const stock = parseCount(form.stock, 0, 1_000_000)
  if (stock === null) errors.stock = '库存需为 0–1000000 的整数'
  const stockShards = parseCount(form.stockShards, 1, 64)
  if (stockShards === null) errors.stockShards = '库存分片需为 1–64 的整数'

  const startAt = fromShanghaiInput(form.startDate, form.startTime)
  const endAt = fromShanghaiInput(form.endDate, form.endTime)
  if (!startAt) errors.startDate = '请选择开始时间'
  if (!endAt) errors.endDate = '请选择结束时间'
  else if (startAt && endAt <= startAt) errors.endDate = '结束时间应晚于开始时间'

  // A percentage with up to two decimals reads like yuan: '15' -> 1500 basis points.
  const commissionBps = parseYuan(form.commissionPercent)
  if (commissionBps === null || commissionBps > 10000) errors.commissionPercent = '佣金比例需在 0–100% 之间（最多两位小数）'
  const tags = splitTags(form.tags)
  if (tags.length > 3 || tags.some((t) => t.length > 8)) errors.tags = '最多 3 个标签，每个不超过 8 个字'

  const delivery = deliveryFromForm(form, errors)

  if (Object.keys(errors).length) return { ok: false, errors }
  const others = form.images.filter((id) => id !== form.image)
  return {
    ok: true,
    draft: {
      ...(form.productId ? { productId: form.productId } : {}),
      title,
      subtitle: form.subtitle.trim(),
      description: form.description.trim(),
      image: form.image,
      images: [form.image, ...others],
      groupPriceFen: groupPriceFen as number,
      soloPriceFen,
      groupSize: groupSize as number,
      timeLimitMinutes: (hours as number) * 60,
      perUserLimit: perUserLimit as number,
      stock: stock as number,
      stockShards: stockShards as number,
      startAt: startAt as string,
      endAt: endAt as string,
      autoComplete: form.autoComplete,
      commissionBps: commissionBps as number,
      tags,
      delivery: delivery as DealDeliveryView,
      categoryId: form.categoryId || null,
    },
  }
}
