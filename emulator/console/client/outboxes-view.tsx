import { api, brief, ErrorBox, fen, useAction, useLoad } from './ui';

const TIME = /^(at|createdAt|issuedAt|uploadedAt|time)$/;

interface Outboxes {
  messages: Record<string, unknown>[];
  refunds: Record<string, unknown>[];
  transfers: Record<string, unknown>[];
  shipping: Record<string, unknown>[];
  notifications: { seq: number; at: string; fn: string; action: string; durationMs: number; result: string }[];
  mediaChecks: { waiting: string[]; held: boolean };
}

/** What left the app for WeChat and the payment platforms, as the sandboxes kept it; polled every 2 s. */
export function OutboxesView() {
  const boxes = useLoad(() => api<Outboxes>('/console/api/outboxes'), [], 2000);
  const action = useAction();
  const media = (body: object) => action.run(async () => {
    await api('/dev/media-checks', { method: 'POST', body });
    await boxes.reload();
  });
  const d = boxes.data;
  return (
    <div>
      <h1>Outboxes and sandboxes</h1>
      <ErrorBox error={boxes.error} />
      <ErrorBox error={action.error} />
      <h2>Content checks (image verdicts)</h2>
      <div className="panel pad row" aria-label="media checks">
        <span>Verdicts are <strong>{d?.mediaChecks.held ? 'held until delivered here' : 'delivered automatically'}</strong>.</span>
        <span className="muted">{d?.mediaChecks.waiting.length ?? 0} waiting</span>
        <span className="grow" />
        {d?.mediaChecks.held ? (
          <button className="btn" disabled={action.busy} onClick={() => void media({ hold: false })}>Deliver automatically</button>
        ) : (
          <button className="btn" disabled={action.busy} onClick={() => void media({ hold: true })}>Hold verdicts</button>
        )}
        <button className="btn primary" disabled={action.busy || !d?.mediaChecks.waiting.length} onClick={() => void media({ deliver: 'all' })}>Deliver all now</button>
      </div>
      {d?.mediaChecks.waiting.length ? (
        <div className="panel" style={{ marginTop: 8 }}>
          <table><tbody>
            {d.mediaChecks.waiting.map((id) => (
              <tr key={id}><td className="mono">{id}</td><td style={{ width: 110 }}><button className="btn" disabled={action.busy} onClick={() => void media({ deliver: id })}>Deliver</button></td></tr>
            ))}
          </tbody></table>
        </div>
      ) : null}
      <Box title="Subscription messages" rows={d?.messages} empty="No subscription message sent yet." />
      <Box title="Payment, refund and transfer notifications (calls to the *Notify functions)" rows={d?.notifications} empty="No notification delivered yet." />
      <Box title="Refunds issued (payment sandbox)" rows={d?.refunds} empty="No refund issued yet." />
      <Box title="Transfers (payout sandbox)" rows={d?.transfers} empty="No transfer made yet." />
      <Box title="Shipping uploads" rows={d?.shipping} empty="No shipping information uploaded yet." />
    </div>
  );
}

function Box({ title, rows, empty }: { title: string; rows?: Record<string, unknown>[]; empty: string }) {
  const keys = [...new Set((rows ?? []).slice(0, 50).flatMap((r) => Object.keys(r)))].filter((c) => c !== 'seq' && c !== 'stack');
  const columns = [...keys.filter((c) => TIME.test(c)).slice(0, 1), ...keys.filter((c) => !TIME.test(c))].slice(0, 8);
  return (
    <>
      <h2>{title} <span className="muted">{rows ? `(${rows.length})` : ''}</span></h2>
      <div className="panel" style={{ overflow: 'auto' }}>
        {rows && rows.length ? (
          <table>
            <thead><tr>{columns.map((c) => <th key={c} className={/Fen$/.test(c) ? 'num' : ''}>{c}</th>)}</tr></thead>
            <tbody>
              {rows.slice(0, 200).map((r, i) => (
                <tr key={i}>{columns.map((c) => <td key={c} className={`cell ${/id$|Id$|No$|openid|fn|action/.test(c) ? 'mono' : ''} ${/Fen$/.test(c) ? 'num' : ''}`} title={brief(r[c])}>{/Fen$/.test(c) ? fen(r[c]) : brief(r[c])}</td>)}</tr>
              ))}
            </tbody>
          </table>
        ) : (
          <div className="pad muted">{rows ? empty : 'Loading…'}</div>
        )}
      </div>
    </>
  );
}
