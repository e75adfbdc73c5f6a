export { PrivacySheet } from './privacy-sheet'
export type { PrivacySheetProps } from './privacy-sheet'
export { PrivacySheetHost } from './privacy-sheet-host'
