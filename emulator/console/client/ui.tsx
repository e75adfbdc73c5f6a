import React, { useCallback, useEffect, useRef, useState } from 'react';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

/** Calls a console (or /dev) endpoint; every failure becomes an ApiError with a message to show. */
export async function api<T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    throw new ApiError('NETWORK', `the local cloud did not answer (${String((err as Error)?.message ?? err)}); is npm start running?`, 0);
  }
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new ApiError(`HTTP ${res.status}`, text.slice(0, 500) || res.statusText, res.status);
  }
  if (!res.ok || json?.ok === false) {
    const error = json?.error ?? {};
    throw new ApiError(String(error.code ?? `HTTP ${res.status}`), String(error.message ?? res.statusText), res.status);
  }
  return (json && 'data' in json ? json.data : json) as T;
}

export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error as ApiError;
  return (
    <div className="error" role="alert">
      {e.code ? <b>{e.code}</b> : null}
      {String(e.message ?? error)}
    </div>
  );
}

/** Loads on mount and on `reload()`; keeps the last data while reloading; optional polling. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], pollMs?: number) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await load();
      if (ticket === latest.current) {
        setData(value);
        setError(null);
      }
    } catch (err) {
      if (ticket === latest.current) setError(err);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    void reload();
    if (!pollMs) return undefined;
    const timer = setInterval(() => void reload(), pollMs);
    return () => clearInterval(timer);
  }, [reload, pollMs]);
  return { data, error, loading, reload };
}

/** Runs an action, remembering its error (shown by the caller) and whether it is running. */
export function useAction() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, busy, run, setError };
}

export function Confirm(props: { title: string; children: React.ReactNode; confirmLabel: string; onConfirm(): void; onCancel(): void }) {
  return (
    <div className="modal-back" onClick={props.onCancel}>
      <div className="modal" role="dialog" aria-label={props.title} onClick={(e) => e.stopPropagation()}>
        <h3>{props.title}</h3>
        <div>{props.children}</div>
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 16 }}>
          <button className="btn" onClick={props.onCancel}>Cancel</button>
          <button className="btn danger solid" onClick={props.onConfirm} autoFocus>{props.confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});

/** A time as Shanghai wall-clock time, e.g. 2026/12/02 16:05:09. */
export function shanghai(iso: string | null | undefined | { $date?: string | null }): string {
  const text = iso && typeof iso === 'object' ? iso.$date : iso;
  if (!text) return '—';
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? String(text) : SHANGHAI.format(d);
}

export function fen(n: unknown): string {
  return typeof n === 'number' ? `¥${(n / 100).toFixed(2)}` : '—';
}

/** A short one-line rendering of a JSON value for a table cell. */
export function brief(value: unknown): string {
  if (value === undefined) return '';
  if (value && typeof value === 'object' && '$date' in (value as object)) return shanghai(value as { $date: string });
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
