export { PaySheet } from './pay-sheet'
export type { PaySheetProps } from './pay-sheet'
export { PaySheetHost } from './pay-sheet-host'
