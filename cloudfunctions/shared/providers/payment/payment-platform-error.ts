// The error is shared by the payment and payout ports; this path stays for existing imports.
export { PaymentPlatformError, isPaymentPlatformError } from '../payment-platform-error';
