import { randomBytes } from 'crypto';
import type { Fen } from '../../domain/money';
import { now } from '../../runtime/clock';
import { PaymentPlatformError } from '../payment-platform-error';
import { CONFIRM_WINDOW_MS, TransferNotice, TransferRequest, TransferResult } from './port';

/** A bill of the sandbox: what was asked and where it stands. */
export interface SandboxTransfer extends TransferResult {
  openid: string;
  amountFen: Fen;
  remark: string;
  /** When the bill was opened (the functions' clock): WAIT_USER_CONFIRM ends CANCELLED 24 h later, as on WeChat. */
  createdAt: Date;
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
    const bill = billOf(outBillNo);
    if (bill.state === 'WAIT_USER_CONFIRM') Object.assign(bill, { state: 'SUCCESS', packageInfo: null });
    if (bill.state !== 'SUCCESS') throw new Error(`sandbox transfer ${outBillNo} is ${bill.state}, nothing to confirm`);
    return resultOf(bill);
  },
  /** The bill is closed unconfirmed now (as WeChat does after 24 h, or a merchant's 撤销): CANCELLED, nothing paid. */
  expire(outBillNo: string): TransferResult {
    const bill = billOf(outBillNo);
    if (bill.state === 'WAIT_USER_CONFIRM') Object.assign(bill, { state: 'CANCELLED', packageInfo: null, failReason: null });
    if (bill.state !== 'CANCELLED') throw new Error(`sandbox transfer ${outBillNo} is ${bill.state}, it cannot expire`);
    return resultOf(bill);
  },
  /** What the sandbox would notify of a bill in a final state (MCHTRANSFER.BILL.FINISHED's content); null while underway. */
  finalNotice(outBillNo: string): TransferNotice | null {
    const bill = billOf(outBillNo);
    if (bill.state !== 'SUCCESS' && bill.state !== 'FAIL' && bill.state !== 'CANCELLED') return null;
    const { transferBillNo, amountFen, openid, failReason } = bill;
    return { outBillNo, state: bill.state, transferBillNo, amountFen, openid, failReason };
  },
  /** Every bill, once per outBillNo, in the order they were opened. */
  get transfers(): SandboxTransfer[] {
    return [...state.bills.values()].map((bill) => ({ ...expired(bill) }));
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
    createdAt: now(),
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

function billOf(outBillNo: string): SandboxTransfer {
  const bill = state.bills.get(outBillNo);
  if (!bill) throw new Error(`no sandbox transfer ${outBillNo}`);
  return expired(bill);
}

/** A bill left unconfirmed for 24 hours (by the functions' clock, which the local cloud can move) is CANCELLED. */
function expired(bill: SandboxTransfer): SandboxTransfer {
  if (bill.state === 'WAIT_USER_CONFIRM' && now().getTime() >= bill.createdAt.getTime() + CONFIRM_WINDOW_MS) {
    Object.assign(bill, { state: 'CANCELLED', packageInfo: null, failReason: null });
  }
  return bill;
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
  expired(bill);
  const { outBillNo, state: billState, transferBillNo, packageInfo, failReason } = bill;
  return { outBillNo, state: billState, transferBillNo, packageInfo, failReason };
}
