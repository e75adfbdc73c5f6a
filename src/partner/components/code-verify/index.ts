// One verification UI for every code staff check: pickup codes, partner vouchers, event tickets.
import './code-verify.scss'

export { CodeEntry } from './code-entry'
export { VerifyDone } from './verify-done'
export { VerifyFound } from './verify-found'
export { useCodeVerify, type CodeVerify, type VerifyStep } from './use-code-verify'
