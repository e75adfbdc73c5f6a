import { BRAND_NAME } from '@shared/domain/brand'

/** The brand this community belongs to. The logo is seeded by the local cloud at this file id. */
export const BRAND = {
  name: BRAND_NAME,
  tagline: '一起买，一起共创',
  logo: 'cloud://gongying-local.local-bucket/brand/brand-logo.png',
} as const
