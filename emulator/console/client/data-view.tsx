import { useEffect, useMemo, useState } from 'react';
import { api, brief, Confirm, ErrorBox, useAction, useLoad } from './ui';
import { SnapshotBar } from './snapshot-bar';

interface IndexInfo { name: string; keys: { field: string; direction: 1 | -1 }[]; unique: boolean; multikey: boolean }
interface CollectionInfo { name: string; count: number; indexes: IndexInfo[] }
interface Page { total: number; offset: number; limit: number; items: Record<string, unknown>[] }

const PAGE = 20;

function collectionFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#\/?/, '').split('/')[1] ?? '');
}

/** Collections, a filtered and sorted page of one, and a document open as JSON to edit, add or delete. */
export function DataView() {
  const collections = useLoad(() => api<CollectionInfo[]>('/console/api/collections'), []);
  const [current, setCurrent] = useState(collectionFromHash);
  const pick = (name: string) => {
    setCurrent(name);
    window.location.hash = `data/${encodeURIComponent(name)}`;
  };
  useEffect(() => {
    const onHash = () => { const name = collectionFromHash(); if (name) setCurrent(name); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!current && collections.data?.length) setCurrent(collections.data.find((c) => c.count > 0)?.name ?? collections.data[0].name);
  }, [collections.data, current]);
  const info = collections.data?.find((c) => c.name === current);

  return (
    <div>
      <h1>Data</h1>
      <SnapshotBar onImported={() => void collections.reload()} />
      <ErrorBox error={collections.error} />
      <div className="data">
        <div className="panel colls" aria-label="collections">
          {(collections.data ?? []).map((c) => (
            <button key={c.name} className={c.name === current ? 'on' : ''} onClick={() => pick(c.name)} data-collection={c.name}>
              <span>{c.name}</span>
              <span>{c.count}</span>
            </button>
          ))}
          {!collections.data && !collections.error ? <div className="pad muted">Loading…</div> : null}
        </div>
        <div style={{ minWidth: 0 }}>
          {current ? <CollectionPane key={current} name={current} info={info} onChanged={() => void collections.reload()} /> : null}
        </div>
      </div>
    </div>
  );
}

function CollectionPane({ name, info, onChanged }: { name: string; info?: CollectionInfo; onChanged(): void }) {
  const [filterText, setFilterText] = useState('');
  const [sortText, setSortText] = useState('');
  const [applied, setApplied] = useState({ filter: '', sort: '', offset: 0 });
  const [open, setOpen] = useState<{ id: string | null; text: string } | null>(null);
  const page = useLoad(
    () => api<Page>(`/console/api/docs?${new URLSearchParams({ collection: name, filter: applied.filter, sort: applied.sort, offset: String(applied.offset), limit: String(PAGE) })}`),
    [name, applied],
  );
  // After a failed query the last page is not what the filter says: show the error alone.
  const data = page.error ? undefined : page.data;
  const columns = useMemo(() => {
    const seen = new Set<string>();
    for (const doc of data?.items ?? []) for (const key of Object.keys(doc)) if (key !== '_id') seen.add(key);
    return [...seen].slice(0, 5);
  }, [data]);
  const apply = () => setApplied({ filter: filterText.trim(), sort: sortText.trim(), offset: 0 });
  const total = data?.total ?? 0;
  const from = total ? applied.offset + 1 : 0;
  const to = Math.min(applied.offset + PAGE, total);

  return (
    <div>
      <div className="row" style={{ marginBottom: 8 }}>
        <h2 style={{ margin: 0 }} className="mono">{name}</h2>
        <span className="muted">{info ? `${info.count} documents` : ''}</span>
        <span className="grow" />
        <button className="btn primary" onClick={() => setOpen({ id: null, text: '{\n  \n}' })}>Add document</button>
      </div>
      <div className="row" style={{ marginBottom: 8 }} aria-label="indexes">
        <span className="muted">Indexes:</span>
        {info?.indexes.length ? (
          info.indexes.map((ix) => (
            <span key={ix.name} className={`pill ${ix.multikey ? 'bad' : 'accent'}`} title={ix.multikey ? 'a document holds an array on this path: the emulator does not use this index' : ''}>
              <span className="mono">{ix.name}</span>: {ix.keys.map((k) => `${k.field} ${k.direction === -1 ? '↓' : '↑'}`).join(', ')}
              {ix.unique ? ' · unique' : ''}
              {ix.multikey ? ' · multikey' : ''}
            </span>
          ))
        ) : (
          <span className="muted">only _id</span>
        )}
      </div>
      <form className="row" style={{ marginBottom: 8 }} onSubmit={(e) => { e.preventDefault(); apply(); }}>
        <input className="text mono grow" aria-label="filter" placeholder='filter, e.g. {"status": "open", "size": {"$gte": 5}}' value={filterText} onChange={(e) => setFilterText(e.target.value)} />
        <input className="text mono" style={{ width: 220 }} aria-label="sort" placeholder='sort, e.g. {"createdAt": -1}' value={sortText} onChange={(e) => setSortText(e.target.value)} />
        <button className="btn primary" type="submit">Apply</button>
        {applied.filter || applied.sort ? <button className="btn" type="button" onClick={() => { setFilterText(''); setSortText(''); setApplied({ filter: '', sort: '', offset: 0 }); }}>Clear</button> : null}
      </form>
      <ErrorBox error={page.error} />
      {open ? (
        <DocEditor
          collection={name}
          id={open.id}
          initial={open.text}
          onClose={() => setOpen(null)}
          onSaved={(doc) => { setOpen({ id: String(doc._id), text: JSON.stringify(doc, null, 2) }); void page.reload(); onChanged(); }}
          onDeleted={() => { setOpen(null); void page.reload(); onChanged(); }}
        />
      ) : null}
      <div className="panel" style={{ overflow: 'auto' }}>
        <table aria-label="documents">
          <thead>
            <tr>
              <th>_id</th>
              {columns.map((c) => <th key={c}>{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {(data?.items ?? []).map((doc) => (
              <tr key={String(doc._id)} className={`click ${open?.id === doc._id ? 'sel' : ''}`} onClick={() => setOpen({ id: String(doc._id), text: JSON.stringify(doc, null, 2) })}>
                <td className="mono cell">{String(doc._id)}</td>
                {columns.map((c) => <td key={c} className="cell" title={brief(doc[c])}>{brief(doc[c])}</td>)}
              </tr>
            ))}
            {data && !data.items.length ? (
              <tr><td colSpan={columns.length + 1} className="muted">No documents{applied.filter ? ' match this filter' : ''}.</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <span className="muted" aria-label="page range">{data ? `${from}–${to} of ${total}` : page.loading ? 'Loading…' : ''}</span>
        <span className="grow" />
        <button className="btn" disabled={applied.offset === 0} onClick={() => setApplied({ ...applied, offset: Math.max(0, applied.offset - PAGE) })}>← Previous</button>
        <button className="btn" disabled={to >= total} onClick={() => setApplied({ ...applied, offset: applied.offset + PAGE })}>Next →</button>
      </div>
    </div>
  );
}

function jsonProblem(text: string): string | null {
  try {
    const value = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return 'a document is a JSON object: { … }';
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

function DocEditor(props: { collection: string; id: string | null; initial: string; onClose(): void; onSaved(doc: Record<string, unknown>): void; onDeleted(): void }) {
  const [text, setText] = useState(props.initial);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  useEffect(() => { setText(props.initial); }, [props.initial]);
  const problem = jsonProblem(text);
  const dirty = text !== props.initial;
  const save = () =>
    action.run(async () => {
      const doc = props.id === null
        ? await api('/console/api/doc', { method: 'POST', body: { collection: props.collection, doc: text } })
        : await api('/console/api/doc', { method: 'PUT', body: { collection: props.collection, id: props.id, doc: text } });
      setSaved(true);
      props.onSaved(doc);
    });
  const remove = () =>
    action.run(async () => {
      setConfirming(false);
      await api(`/console/api/doc?${new URLSearchParams({ collection: props.collection, id: props.id! })}`, { method: 'DELETE' });
      props.onDeleted();
    });
  return (
    <div className="panel pad" style={{ marginBottom: 12 }} aria-label="document editor">
      <div className="row" style={{ marginBottom: 8 }}>
        <strong>{props.id === null ? 'New document' : <span className="mono">{props.id}</span>}</strong>
        <span className="muted">Dates are written {'{"$date": "2026-12-02T08:00:00.000Z"}'} and stay dates.</span>
        <span className="grow" />
        {saved && !dirty ? <span className="pill ok">saved</span> : null}
      </div>
      <textarea
        className={`editor ${problem ? 'invalid' : ''}`}
        aria-label="document JSON"
        spellCheck={false}
        value={text}
        onChange={(e) => { setText(e.target.value); setSaved(false); }}
        onKeyDown={(e) => {
          if (e.key === 'Tab') {
            e.preventDefault();
            const el = e.currentTarget;
            const at = el.selectionStart;
            const next = text.slice(0, at) + '  ' + text.slice(el.selectionEnd);
            setText(next);
            requestAnimationFrame(() => el.setSelectionRange(at + 2, at + 2));
          }
          if ((e.metaKey || e.ctrlKey) && e.key === 's') { e.preventDefault(); if (!problem) void save(); }
        }}
      />
      {problem ? <div className="error" aria-label="JSON problem">Not valid JSON: {problem}</div> : null}
      <ErrorBox error={action.error} />
      <div className="row" style={{ marginTop: 8 }}>
        <button className="btn primary" disabled={!!problem || action.busy} onClick={() => void save()}>{props.id === null ? 'Add' : 'Save'}</button>
        <button className="btn" disabled={action.busy} onClick={() => { setText(props.initial); action.setError(null); }}>Revert</button>
        <button className="btn" onClick={props.onClose}>Close</button>
        <span className="grow" />
        {props.id !== null ? <button className="btn danger" disabled={action.busy} onClick={() => setConfirming(true)}>Delete…</button> : null}
      </div>
      {confirming ? (
        <Confirm title="Delete this document?" confirmLabel="Delete" onCancel={() => setConfirming(false)} onConfirm={() => void remove()}>
          <p><span className="mono">{props.collection}/{props.id}</span> is removed through the store, as the SDK's remove() does. There is no undo.</p>
        </Confirm>
      ) : null}
    </div>
  );
}
