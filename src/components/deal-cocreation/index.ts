export { DealCoCreation } from './deal-cocreation'
