export { CheckoutSheet } from './checkout-sheet'
export type { CheckoutExtras, CheckoutSheetProps } from './checkout-sheet'
