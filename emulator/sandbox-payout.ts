import type { LocalCloud } from './local-cloud';
import { payoutProvider, payoutSandbox, SandboxPayout } from '../cloudfunctions/shared/providers/payout';
import { invocationContext } from './functions-host';

/**
 * What the payout platform does when a member confirms (wx.requestMerchantTransfer) or lets a
 * transfer expire: the bill moves to its final state and a signed notification is delivered
 * to transferNotify, as WeChat would POST it. Nothing here touches the withdrawal itself.
 */
export async function settleSandboxTransfer(cloud: LocalCloud, outBillNo: string, how: 'confirm' | 'expire') {
  const provider = payoutProvider();
  if (!(provider instanceof SandboxPayout)) throw new Error('the payout sandbox is not in use in this process');
  if (how === 'confirm') payoutSandbox.confirm(outBillNo);
  else payoutSandbox.expire(outBillNo);
  const http = provider.signNotification(outBillNo)!;
  const notify = cloud.functions.get('transferNotify')!;
  const event = { httpMethod: 'POST', path: '/payout/notify', headers: http.headers, body: http.body, isBase64Encoded: false };
  const reply = (await notify(event, invocationContext('transferNotify', { source: 'http' }))) as { statusCode: number; body: string };
  return { statusCode: reply.statusCode, body: JSON.parse(reply.body) as { code: string; message?: string } };
}
