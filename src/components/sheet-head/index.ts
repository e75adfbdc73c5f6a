export { SheetHead } from './sheet-head'
export type { SheetHeadProps } from './sheet-head'
