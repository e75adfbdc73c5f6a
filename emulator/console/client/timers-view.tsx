import { useState } from 'react';
import { api, ErrorBox, shanghai, useAction, useLoad } from './ui';

interface Timer {
  name: string; fn: string; cron: string; jobCron: string | null;
  lastRun: { at: { $date: string }; ok: boolean; spentMs: number | null; counts: Record<string, number>; error: string | null } | null;
  lastCall: { at: string; durationMs: number; result: string; dbRoundTrips: number } | null;
}

/** The timer triggers of cloudbaserc.json, their last runs, and run-now (POST /dev/run/<name>). */
export function TimersView() {
  const timers = useLoad(() => api<Timer[]>('/console/api/timers'), []);
  const action = useAction();
  const [answer, setAnswer] = useState<{ name: string; text: string } | null>(null);
  const run = (name: string) =>
    action.run(async () => {
      const res = await api(`/dev/run/${encodeURIComponent(name)}`, { method: 'POST', body: {} });
      setAnswer({ name, text: JSON.stringify(res) });
      await timers.reload();
    });
  const runDue = () =>
    action.run(async () => {
      const res = await api<{ ran: unknown[] }>('/dev/run/due', { method: 'POST', body: {} });
      setAnswer({ name: 'due', text: `${res.ran.length} due job(s) ran` });
      await timers.reload();
    });
  return (
    <div>
      <h1>Timers</h1>
      <div className="row" style={{ marginBottom: 10 }}>
        <span className="muted grow">Cron: seconds minutes hours day month weekday year, Asia/Shanghai. Timers do not fire by themselves locally: run them here, or run the due ones (what <span className="mono">tick</span> does).</span>
        <button className="btn" disabled={action.busy} onClick={() => void runDue()}>Run due jobs</button>
        <button className="btn" onClick={() => void timers.reload()}>Refresh</button>
      </div>
      <ErrorBox error={timers.error} />
      <ErrorBox error={action.error} />
      {answer ? <div className="notice"><span className="mono">{answer.name}</span>: <span className="mono">{answer.text}</span></div> : null}
      <div className="panel" style={{ overflow: 'auto' }}>
        <table aria-label="timers">
          <thead>
            <tr><th>timer</th><th>cron</th><th>last run (local clock)</th><th className="num">ms</th><th>result</th><th /></tr>
          </thead>
          <tbody>
            {(timers.data ?? []).map((t) => (
              <tr key={t.name} data-timer={t.name}>
                <td className="mono nowrap">{t.name}{t.fn !== t.name ? <span className="muted"> ({t.fn})</span> : null}</td>
                <td className="mono nowrap">{t.cron}{t.jobCron && t.jobCron !== t.cron ? <span className="pill bad">job: {t.jobCron}</span> : null}</td>
                <td className="last-run nowrap">{t.lastRun ? shanghai(t.lastRun.at) : <span className="muted">never</span>}</td>
                <td className="num">{t.lastRun?.spentMs ?? t.lastCall?.durationMs ?? ''}</td>
                <td className="result">
                  {t.lastRun ? (
                    t.lastRun.ok ? (
                      <>
                        <span className="pill ok">ok</span>
                        {Object.entries(t.lastRun.counts).map(([k, v]) => <span key={k} className="pill">{k} {v}</span>)}
                      </>
                    ) : (
                      <span className="pill bad" title={t.lastRun.error ?? ''}>failed: {t.lastRun.error}</span>
                    )
                  ) : t.lastCall ? <span className={`pill ${t.lastCall.result === 'ok' ? 'ok' : 'bad'}`}>{t.lastCall.result}</span> : null}
                </td>
                <td><button className="btn" disabled={action.busy} onClick={() => void run(t.name)}>Run now</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
