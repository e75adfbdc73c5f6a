import { useRef, useState } from 'react';
import { ApiError, Confirm, ErrorBox, useAction } from './ui';

/**
 * Export and import of the whole database (the export/import routes are another part of
 * the local cloud: GET /dev/export gives the JSON-lines snapshot, POST /dev/import?replace=1 replaces the database with one).
 * Whatever those routes answer, an error is shown here, never a broken page.
 */
export function SnapshotBar({ onImported }: { onImported(): void }) {
  const action = useAction();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const exportNow = () =>
    action.run(async () => {
      setNote('');
      const res = await fetch('/dev/export');
      if (!res.ok) throw await failure(res);
      const blob = await res.blob();
      const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `gongying-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.jsonl`;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setNote(`Exported ${name} (${Math.round(blob.size / 1024)} KB).`);
    });

  const importNow = (file: File) =>
    action.run(async () => {
      setPending(null);
      setNote('');
      const res = await fetch('/dev/import?replace=1', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: await file.text() });
      if (!res.ok) throw await failure(res);
      const body = await res.json().catch(() => ({}));
      if (body?.ok === false) throw new ApiError(String(body.error?.code ?? 'ERROR'), String(body.error?.message ?? 'import failed'), res.status);
      const d = body?.data ?? {};
      setNote(`Imported ${file.name}${d.documents !== undefined ? `: ${d.documents} documents` : ''}${d.collections !== undefined ? ` in ${d.collections} collections` : ''}.`);
      onImported();
    });

  return (
    <>
      <div className="panel snapshot" aria-label="snapshot">
        <strong>Snapshot</strong>
        <span className="muted">every collection as JSON lines, types kept</span>
        <span className="grow" />
        <button className="btn" disabled={action.busy} onClick={() => void exportNow()}>Export…</button>
        <button className="btn" disabled={action.busy} onClick={() => input.current?.click()}>Import…</button>
        <input ref={input} type="file" accept=".jsonl,.ndjson,.json,application/x-ndjson" style={{ display: 'none' }} onChange={(e) => { setPending(e.target.files?.[0] ?? null); e.target.value = ''; }} />
      </div>
      <ErrorBox error={action.error} />
      {note ? <div className="notice">{note}</div> : null}
      {pending ? (
        <Confirm title="Import this snapshot?" confirmLabel="Import" onCancel={() => setPending(null)} onConfirm={() => void importNow(pending)}>
          <p>Replace the whole local database with <span className="mono">{pending.name}</span>. What is there now is lost unless you exported it first.</p>
        </Confirm>
      ) : null}
    </>
  );
}

async function failure(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    return new ApiError(String(body?.error?.code ?? `HTTP ${res.status}`), String(body?.error?.message ?? res.statusText), res.status);
  } catch {
    return new ApiError(`HTTP ${res.status}`, text.slice(0, 300) || res.statusText, res.status);
  }
}
