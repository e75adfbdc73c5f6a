/**
 * The functions' clock. In the cloud it is the system clock. The local cloud
 * can move it forward (POST /dev/clock) to reach expiry and settlement times;
 * the emulator and the functions share this module in one process.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function advanceClock(ms: number): Date {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward');
  offsetMs += ms;
  return now();
}

export function clockOffsetMs(): number {
  return offsetMs;
}

export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
