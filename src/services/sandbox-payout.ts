/**
 * h5 only: the local cloud's stand-in for the user confirming a 商家转账 in WeChat.
 * POST /dev/payout { confirm } tells the payout sandbox the money was accepted
 * (the transfer's bill number is the withdrawal id).
 */
export async function confirmSandboxTransfer(withdrawalId: string): Promise<void> {
  try {
    await fetch('/dev/payout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ confirm: withdrawalId }),
    })
  } catch {
    // The refresh that follows reads the withdrawal as it stands either way.
  }
}
