import { api, ErrorBox, shanghai, useAction, useLoad } from './ui';

const HOUR = 3_600_000;
const STEPS = [
  { label: '+1 hour', ms: HOUR },
  { label: '+1 day', ms: 24 * HOUR },
  { label: '+7 days', ms: 7 * 24 * HOUR },
];

/** The local clock (Asia/Shanghai) and buttons that move it forward (POST /dev/clock); it never moves back. */
export function ClockView() {
  const clock = useLoad(() => api<{ now: string; offsetMs: number }>('/console/api/clock'), [], 1000);
  const action = useAction();
  const move = (ms: number) => action.run(async () => {
    await api('/dev/clock', { method: 'POST', body: { advanceMs: ms } });
    await clock.reload();
  });
  const offset = clock.data?.offsetMs ?? 0;
  const days = Math.floor(offset / (24 * HOUR));
  const hours = Math.round((offset % (24 * HOUR)) / HOUR * 10) / 10;
  return (
    <div>
      <h1>Clock</h1>
      <ErrorBox error={clock.error} />
      <ErrorBox error={action.error} />
      <div className="panel pad" style={{ maxWidth: 560 }}>
        <div className="muted">Local cloud time, Asia/Shanghai</div>
        <div className="big-time" aria-label="local time">{clock.data ? shanghai(clock.data.now) : '…'}</div>
        <div className="muted" aria-label="clock offset" style={{ marginBottom: 14 }}>
          {offset ? `ahead of the real time by ${days ? `${days} d ` : ''}${hours} h` : 'the real time (not moved)'}
        </div>
        <div className="row">
          {STEPS.map((s) => (
            <button key={s.label} className="btn primary" disabled={action.busy} onClick={() => void move(s.ms)}>{s.label}</button>
          ))}
        </div>
        <p className="muted" style={{ marginBottom: 0 }}>Functions, serverDate and the timers' "due" all read this clock. The move is kept in the data dir (clock.json) and survives restarts.</p>
      </div>
    </div>
  );
}
