export { UserSwitcher } from './user-switcher'
