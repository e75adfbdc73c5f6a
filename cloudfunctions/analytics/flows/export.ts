import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { putFile } from '../../shared/runtime/storage';
import { newId } from '../../shared/runtime/ids';
import type { ExportCsvInput, ExportCsvOutput } from '../../shared/api/analytics';
import { addDays, dayOf, dayStart, periodsBetween } from '../../shared/domain/analytics';
import { yuanDigits as yuan } from '../../shared/domain/money';
import { checkRange, periodFigures } from './dashboard';
import { readAll } from './records';

/** An export over more rows than this is refused: choose a shorter range. */
export const MAX_EXPORT_ROWS = 50_000;

type Cell = string | number | null;

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused (spreadsheet formulas). */
export function csvField(v: Cell): string {
  if (v == null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a byte-order mark, so Excel reads the Chinese headers; CRLF line ends. */
export function csvBytes(header: string[], rows: Cell[][]): Buffer {
  const text = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

const ORDER_STATUS: Record<string, string> = { pending_payment: '待支付', paid: '已支付', effective: '已生效', completed: '已完成', cancelled: '已取消', refunding: '退款中', refunded: '已退款' };
const COMMISSION_STATUS: Record<string, string> = { pending: '待结算', settled: '已结算', cancelled: '已取消', reversed: '已冲回' };
const shanghaiTime = (at: unknown) => (at ? new Date(new Date(at as string).getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ') : '');

/** Writes the export to cloud storage (exports/<day>/<kind>_<from>_<to>_<id>.csv) and returns where to download it. */
export async function exportCsv(db: Database, input: ExportCsvInput, now: Date): Promise<ExportCsvOutput> {
  const { from, to } = checkRange(input.from, input.to, now);
  const _ = db.command;
  const within = _.gte(dayStart(from)).and(_.lt(dayStart(addDays(to, 1))));
  let header: string[];
  let rows: Cell[][];
  if (input.kind === 'rollups') {
    const { shown, figures } = await periodFigures(db, from, to, 'day', now);
    header = ['日期', '成交额(元)', '成交额(分)', '支付(分)', '退款(分)', '订单数', '开团', '成团', '未成团', '分享', '带码访问', '新绑定', '佣金(分)', '互动次数', '互动会员'];
    rows = periodsBetween(from, to, 'day').map((p, i) => {
      const f = figures(shown[i] ?? p);
      return [p.key, yuan(f?.gmvFen ?? 0), f?.gmvFen ?? 0, f?.paidFen ?? 0, f?.refundedFen ?? 0, f?.orders ?? 0, f?.groupsStarted ?? 0, f?.groupsSucceeded ?? 0, f?.groupsFailed ?? 0, f?.shares ?? 0, f?.visits ?? 0, f?.bindings ?? 0, f?.commissionFen ?? 0, f?.interactions ?? 0, f?.activeMembers ?? 0];
    });
  } else {
    const collection = input.kind === 'orders' ? 'orders' : 'commissions';
    const where = input.kind === 'orders' ? { paidAt: within } : { effectiveAt: within };
    const count = (await db.collection(collection).where(where).count()).total ?? 0;
    if (count > MAX_EXPORT_ROWS) throw new AppError('INVALID_ARGUMENT', `超过 ${MAX_EXPORT_ROWS} 行（${count} 行），请缩短时间范围`);
    if (input.kind === 'orders') {
      type O = { _id: string; paidAt: Date; title: string; quantity: number; amountFen: number; status: string; distributorCode: string | null; openid: string; kind: string };
      const orders = (await readAll<O>(db, 'orders', where, ['paidAt', 'title', 'quantity', 'amountFen', 'status', 'distributorCode', 'openid', 'kind'])).sort(
        (a, b) => new Date(a.paidAt).getTime() - new Date(b.paidAt).getTime() || (a._id < b._id ? -1 : 1),
      );
      header = ['订单号', '支付时间', '商品', '方式', '数量', '支付金额(元)', '支付金额(分)', '状态', '团长码', '买家'];
      rows = orders.map((o) => [o._id, shanghaiTime(o.paidAt), o.title, o.kind === 'group' ? '拼团' : '单买', o.quantity, yuan(o.amountFen), o.amountFen, ORDER_STATUS[o.status] ?? o.status, o.distributorCode ?? '', o.openid]);
    } else {
      type C = { _id: string; effectiveAt: Date; title: string; distributorOpenid: string; buyerNickname: string; paidFen: number; amountFen: number; status: string };
      const commissions = (await readAll<C>(db, 'commissions', where, ['effectiveAt', 'title', 'distributorOpenid', 'buyerNickname', 'paidFen', 'amountFen', 'status'])).sort(
        (a, b) => new Date(a.effectiveAt).getTime() - new Date(b.effectiveAt).getTime() || (a._id < b._id ? -1 : 1),
      );
      header = ['订单号', '生效时间', '商品', '团长', '买家', '订单金额(分)', '佣金(元)', '佣金(分)', '状态'];
      rows = commissions.map((c) => [c._id, shanghaiTime(c.effectiveAt), c.title, c.distributorOpenid, c.buyerNickname, c.paidFen, yuan(c.amountFen), c.amountFen, COMMISSION_STATUS[c.status] ?? c.status]);
    }
  }
  const path = `exports/${dayOf(now).replace(/-/g, '')}/${input.kind}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}_${newId().slice(0, 12)}.csv`;
  const { fileId, url } = await putFile(path, csvBytes(header, rows));
  return { fileId, url, rows: rows.length };
}
