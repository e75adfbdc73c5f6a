export { PartnerInfo } from './partner-info'
export type { PartnerInfoProps } from './partner-info'
