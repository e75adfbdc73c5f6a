export { CoverUpload } from './cover-upload'
export type { CoverUploadProps } from './cover-upload'
