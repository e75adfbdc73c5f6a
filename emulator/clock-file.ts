import fs from 'fs';
import path from 'path';
import { advanceClock, clockOffsetMs, setClockOffset } from '../cloudfunctions/shared/runtime/clock';

/**
 * The local clock's offset survives restarts (a moved clock never jumps back),
 * kept beside the database in the data dir.
 */
export class PersistentClock {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'clock.json');
    try {
      const saved = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      setClockOffset(Number(saved.offsetMs) || 0);
    } catch {
      setClockOffset(0);
    }
  }

  advance(ms: number): Date {
    const at = advanceClock(ms);
    fs.writeFileSync(this.file, JSON.stringify({ offsetMs: clockOffsetMs() }));
    return at;
  }
}
