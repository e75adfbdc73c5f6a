import React, { useEffect, useRef, useState } from 'react';
import { api, ErrorBox } from './ui';

interface CallRecord {
  seq: number; at: string; fn: string; action: string; openid: string | null; source: string;
  durationMs: number; dbRoundTrips: number; result: string; stack?: string;
}

const KEEP = 1000;

/** Every function call, newest first, polled once a second; filter by text, errors only. */
export function RequestsView() {
  const [items, setItems] = useState<CallRecord[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState('');
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [paused, setPaused] = useState(false);
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  const last = useRef(0);

  useEffect(() => {
    if (paused) return undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const data = await api<{ last: number; items: CallRecord[] }>(`/console/api/requests?after=${last.current}`);
        if (stopped) return;
        if (data.last < last.current) last.current = 0; // the local cloud restarted
        if (data.items.length) {
          last.current = data.items[0].seq;
          setItems((old) => [...data.items, ...old].slice(0, KEEP));
        }
        setError(null);
      } catch (err) {
        if (!stopped) setError(err);
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), 1000);
    return () => { stopped = true; clearInterval(timer); };
  }, [paused]);

  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = items.filter((r) => (!errorsOnly || r.result !== 'ok') && words.every((w) => `${r.fn} ${r.action} ${r.openid ?? ''} ${r.result} ${r.source}`.toLowerCase().includes(w)));

  return (
    <div>
      <h1>Requests</h1>
      <div className="row" style={{ marginBottom: 10 }}>
        <input className="text grow" aria-label="filter requests" placeholder="filter: function, action, openid, result…" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <label className="row" style={{ gap: 4 }}><input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} /> errors only</label>
        <button className="btn" onClick={() => setPaused(!paused)}>{paused ? 'Resume' : 'Pause'}</button>
        <button className="btn" onClick={() => setItems([])}>Clear view</button>
      </div>
      <ErrorBox error={error} />
      <p className="muted" style={{ margin: '0 0 8px' }}>{shown.length} of {items.length} calls (the local cloud keeps the last {KEEP}). Newest first.</p>
      <div className="panel" style={{ overflow: 'auto' }}>
        <table aria-label="requests">
          <thead>
            <tr><th>time</th><th>function</th><th>action</th><th>openid</th><th>source</th><th className="num">ms</th><th className="num">db</th><th>result</th></tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <React.Fragment key={r.seq}>
                <tr className={r.stack ? 'click' : ''} onClick={() => r.stack && setOpenSeq(openSeq === r.seq ? null : r.seq)}>
                  <td className="mono nowrap" title={r.at}>{new Date(r.at).toLocaleTimeString('en-GB', { hour12: false })}.{String(new Date(r.at).getMilliseconds()).padStart(3, '0')}</td>
                  <td className="mono">{r.fn}</td>
                  <td className="mono">{r.action}</td>
                  <td className="mono">{r.openid ?? '—'}</td>
                  <td className="muted">{r.source}</td>
                  <td className="num">{r.durationMs}</td>
                  <td className="num">{r.dbRoundTrips}</td>
                  <td><span className={`pill ${r.result === 'ok' ? 'ok' : 'bad'}`}>{r.result}</span>{r.stack ? <span className="muted"> {openSeq === r.seq ? '▾' : '▸'} stack</span> : null}</td>
                </tr>
                {openSeq === r.seq && r.stack ? (
                  <tr><td colSpan={8}><div className="stack">{r.stack}</div></td></tr>
                ) : null}
              </React.Fragment>
            ))}
            {!shown.length ? <tr><td colSpan={8} className="muted">No calls yet{items.length ? ' match' : ''}. Use the app, or run a timer.</td></tr> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
