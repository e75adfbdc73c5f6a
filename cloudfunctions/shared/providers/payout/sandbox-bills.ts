import { randomBytes } from 'crypto';
import type { Fen } from '../../domain/money';
import { PaymentPlatformError } from '../payment-platform-error';
import type { TransferRequest, TransferResult } from './port';

/** A bill of the sandbox: what was asked and where it stands. */
export interface SandboxTransfer extends TransferResult {
  openid: string;
  amountFen: Fen;
  remark: string;
}

const DEFAULT_FAIL_REASON = 'SANDBOX_FAILED_ON_REQUEST';

// The local cloud is one process: the sandbox's bills live in module memory.
const state = {
  failuresLeft: 0,
  failReason: DEFAULT_FAIL_REASON,
  confirmation: false,
  bills: new Map<string, SandboxTransfer>(),
};

/** Lets tests and the local cloud's /dev endpoints steer and inspect the sandbox's transfers. */
export const payoutSandbox = {
  /** The next n new bills end in FAIL with this reason: nothing is paid. */
  failNext(n: number, reason: string = DEFAULT_FAIL_REASON): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('failNext takes a count >= 0');
    state.failuresLeft = n;
    state.failReason = reason;
  },
  /** While on, new bills wait for the user (WAIT_USER_CONFIRM) until confirm(). */
  requireConfirmation(on: boolean): void {
    state.confirmation = on;
  },
  /** The user confirms in the app (wx.requestMerchantTransfer): the money arrives. */
  confirm(outBillNo: string): TransferResult {
    const bill = state.bills.get(outBillNo);
    if (!bill) throw new Error(`no sandbox transfer ${outBillNo}`);
    if (bill.state === 'WAIT_USER_CONFIRM') Object.assign(bill, { state: 'SUCCESS', packageInfo: null });
    if (bill.state !== 'SUCCESS') throw new Error(`sandbox transfer ${outBillNo} is ${bill.state}, nothing to confirm`);
    return resultOf(bill);
  },
  /** Every bill, once per outBillNo, in the order they were opened. */
  get transfers(): SandboxTransfer[] {
    return [...state.bills.values()].map((bill) => ({ ...bill }));
  },
  reset(): void {
    Object.assign(state, { failuresLeft: 0, failReason: DEFAULT_FAIL_REASON, confirmation: false });
    state.bills.clear();
  },
};

/** Opens a bill once per outBillNo, as WeChat does; a repeat answers that bill as it stands. */
export function openSandboxBill(req: TransferRequest): TransferResult {
  const earlier = state.bills.get(req.outBillNo);
  if (earlier) {
    if (earlier.openid !== req.openid || earlier.amountFen !== req.amountFen) {
      const message = `out_bill_no ${req.outBillNo} reused for another transfer`;
      throw new PaymentPlatformError('INVALID_REQUEST', message, 400);
    }
    return resultOf(earlier);
  }
  const bill: SandboxTransfer = {
    outBillNo: req.outBillNo,
    openid: req.openid,
    amountFen: req.amountFen,
    remark: req.remark,
    transferBillNo: `sandbox-transfer-${randomBytes(8).toString('hex')}`,
    ...outcome(),
  };
  state.bills.set(req.outBillNo, bill);
  return resultOf(bill);
}

export function findSandboxBill(outBillNo: string): TransferResult | undefined {
  const bill = state.bills.get(outBillNo);
  return bill && resultOf(bill);
}

function outcome(): Pick<TransferResult, 'state' | 'packageInfo' | 'failReason'> {
  if (state.failuresLeft > 0) {
    state.failuresLeft -= 1;
    return { state: 'FAIL', packageInfo: null, failReason: state.failReason };
  }
  if (state.confirmation) {
    const packageInfo = `sandbox-package-${randomBytes(12).toString('hex')}`;
    return { state: 'WAIT_USER_CONFIRM', packageInfo, failReason: null };
  }
  return { state: 'SUCCESS', packageInfo: null, failReason: null };
}

function resultOf(bill: SandboxTransfer): TransferResult {
  const { outBillNo, state: billState, transferBillNo, packageInfo, failReason } = bill;
  return { outBillNo, state: billState, transferBillNo, packageInfo, failReason };
}
