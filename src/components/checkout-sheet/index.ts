export { CheckoutSheet } from './checkout-sheet'
export type { CheckoutSheetProps } from './checkout-sheet'
