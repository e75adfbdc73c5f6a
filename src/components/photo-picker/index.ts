export { PhotoPicker } from './photo-picker'
export type { PhotoPickerProps } from './photo-picker'
