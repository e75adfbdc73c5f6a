import React, { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DataView } from './data-view';
import { RequestsView } from './requests-view';
import { TimersView } from './timers-view';
import { OutboxesView } from './outboxes-view';
import { ClockView } from './clock-view';
import { StorageView } from './storage-view';
import { UsersView } from './users-view';

const SECTIONS = {
  data: { label: 'Data', view: DataView },
  requests: { label: 'Requests', view: RequestsView },
  timers: { label: 'Timers', view: TimersView },
  outboxes: { label: 'Outboxes & sandboxes', view: OutboxesView },
  clock: { label: 'Clock', view: ClockView },
  storage: { label: 'Storage', view: StorageView },
  users: { label: 'Users', view: UsersView },
} as const;
type Section = keyof typeof SECTIONS;

function sectionFromHash(): Section {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return name in SECTIONS ? (name as Section) : 'data';
}

/** Keeps one section's crash inside that section, with its message, instead of a blank page. */
class Boundary extends React.Component<{ children: React.ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <div className="error" role="alert">
          <b>CONSOLE</b>This view failed: {this.state.error.message}
          <div className="stack">{this.state.error.stack}</div>
        </div>
      );
    }
    return this.props.children;
  }
}

function App() {
  const [section, setSection] = useState<Section>(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const View = SECTIONS[section].view;
  return (
    <div className="shell">
      <nav className="side">
        <div className="brand">共营 local cloud<small>console</small></div>
        {(Object.keys(SECTIONS) as Section[]).map((key) => (
          <button key={key} className={key === section ? 'on' : ''} onClick={() => (window.location.hash = key)}>
            {SECTIONS[key].label}
          </button>
        ))}
        <div className="foot">
          <a href="/" target="_blank" rel="noreferrer">Open the h5 app ↗</a>
        </div>
      </nav>
      <main>
        <Boundary key={section}>
          <View />
        </Boundary>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
