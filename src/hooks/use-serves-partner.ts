import { myPartners } from '@/services/partner-staff'
import { useHasItems } from './use-has-items'

/** Whether the caller is staff of a partner (checked each time the page shows); false on failure. */
export const useServesPartner = (): boolean => useHasItems(myPartners)
