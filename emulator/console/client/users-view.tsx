import { useState } from 'react';
import { api, ErrorBox, shanghai, useLoad } from './ui';

interface User { openid: string; nickname: string; avatar: string | null; tier: string; points: number; roles: string[]; createdAt: { $date: string } }

/** Who exists, with tier and roles; "Open as" starts the h5 app as that user in a new tab (?as=<openid>). */
export function UsersView() {
  const users = useLoad(() => api<User[]>('/console/api/users'), []);
  const [filter, setFilter] = useState('');
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (users.data ?? []).filter((u) => words.every((w) => `${u.openid} ${u.nickname} ${u.tier} ${u.roles.join(' ')}`.toLowerCase().includes(w)));
  return (
    <div>
      <h1>Users</h1>
      <div className="row" style={{ marginBottom: 10 }}>
        <input className="text grow" aria-label="filter users" placeholder="filter: openid, nickname, tier, role…" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="muted">{shown.length} of {users.data?.length ?? 0}</span>
      </div>
      <ErrorBox error={users.error} />
      <div className="panel" style={{ overflow: 'auto' }}>
        <table aria-label="users">
          <thead><tr><th /><th>openid</th><th>nickname</th><th>tier</th><th className="num">points</th><th>roles</th><th>since</th><th /></tr></thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.openid}>
                <td style={{ width: 36 }}>{u.avatar ? <img className="avatar" src={u.avatar} alt="" /> : null}</td>
                <td className="mono">{u.openid}</td>
                <td>{u.nickname}</td>
                <td><span className="pill">{u.tier}</span></td>
                <td className="num">{u.points ?? 0}</td>
                <td>{u.roles.map((r) => <span key={r} className="pill accent">{r}</span>)}</td>
                <td className="muted">{shanghai(u.createdAt).slice(0, 10)}</td>
                <td><a className="btn" style={{ display: 'inline-block', textDecoration: 'none', color: 'inherit', border: '1px solid #e3e6eb', borderRadius: 6, padding: '3px 10px', whiteSpace: 'nowrap' }} href={`/?as=${encodeURIComponent(u.openid)}#/pages/index/index`} target="_blank" rel="noreferrer">Open as ↗</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
