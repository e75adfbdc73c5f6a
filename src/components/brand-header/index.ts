export { BrandHeader } from './brand-header'
