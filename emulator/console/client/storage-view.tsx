import { api, ErrorBox, useLoad } from './ui';

interface StoredFile { path: string; size: number; modifiedAt: string; url: string; fileId: string; image: boolean }

export function StorageView() {
  const files = useLoad(() => api<{ total: number; files: StoredFile[] }>('/console/api/storage'), []);
  return (
    <div>
      <h1>Storage</h1>
      <ErrorBox error={files.error} />
      {files.data ? <p className="muted">{files.data.total} files{files.data.total > files.data.files.length ? `, the newest ${files.data.files.length} shown` : ''}. Click one to open it.</p> : null}
      <div className="files">
        {(files.data?.files ?? []).map((f) => (
          <a key={f.path} className="panel file" href={f.url} target="_blank" rel="noreferrer" title={f.fileId} style={{ color: 'inherit', textDecoration: 'none' }}>
            <div className="thumb">{f.image ? <img src={f.url} alt={f.path} loading="lazy" /> : <span className="muted mono">{f.path.split('.').pop()}</span>}</div>
            <div className="name">{f.path}</div>
            <div className="muted" style={{ fontSize: 12 }}>{(f.size / 1024).toFixed(1)} KB</div>
          </a>
        ))}
      </div>
    </div>
  );
}
