export { PickupEntry } from './pickup-entry'
