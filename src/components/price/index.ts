export { Price, StrikePrice } from './price'
export type { PriceProps } from './price'
