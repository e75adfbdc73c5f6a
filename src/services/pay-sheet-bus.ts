import type { PaymentParams } from '@shared/api'

export type SandboxPayment = Extract<PaymentParams, { provider: 'sandbox' }>

/** One payment waiting for the shopper on the h5 pay sheet. */
export interface PayRequest {
  payment: SandboxPayment
  /** The shopper confirmed: settles the payment (rejects the payer's promise on failure). */
  confirm(): Promise<void>
  /** The shopper closed the sheet. */
  cancel(): void
}

type Host = (request: PayRequest) => void

// Pages stay mounted under the one on top: each registers its sheet while it is on screen,
// and the latest one shows the request.
const hosts: Host[] = []

export function registerPaySheet(host: Host): () => void {
  hosts.push(host)
  return () => {
    const i = hosts.lastIndexOf(host)
    if (i >= 0) hosts.splice(i, 1)
  }
}

/** Hands the request to the pay sheet on screen; false when no sheet is mounted. */
export function showPaySheet(request: PayRequest): boolean {
  const host = hosts[hosts.length - 1]
  if (!host) return false
  host(request)
  return true
}
