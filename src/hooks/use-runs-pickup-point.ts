import { myPoints } from '@/services/fulfilment'
import { useHasItems } from './use-has-items'

/** Whether the caller runs or staffs a pickup point (checked each time the page shows); false on failure. */
export const useRunsPickupPoint = (): boolean => useHasItems(myPoints)
