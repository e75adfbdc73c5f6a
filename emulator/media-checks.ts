import type { FunctionMain } from './functions-host';
import { invocationContext } from './functions-host';
import { contentCheckSandbox, localImageVerdict } from '../cloudfunctions/shared/providers/content-check';

/**
 * What WeChat does after mediaCheckAsync: some time later it pushes the verdict
 * (a wxa_media_check event) to the callback function. Locally every image check the
 * word list opens is answered through `mediaCheckNotify` after `delayMs`, or held
 * until asked (tests and demos: POST /dev/media-checks).
 */
export class LocalMediaChecks {
  private readonly pending = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private held = false;

  constructor(
    private readonly callback: () => FunctionMain | undefined,
    private readonly delayMs: number,
  ) {
    contentCheckSandbox.onImageCheck((traceId) => this.opened(traceId));
  }

  get waiting(): string[] {
    return [...this.pending];
  }

  /** Whether verdicts wait to be delivered by hand (the console shows it). */
  get isHeld(): boolean {
    return this.held;
  }

  /** Hold verdicts (true) until delivered by hand, or answer them automatically again (false). */
  hold(held: boolean): void {
    this.held = held;
    if (!held) for (const traceId of this.pending) this.schedule(traceId);
  }

  /** Delivers one held verdict now, or all of them; the callback's replies. */
  async deliver(traceId?: string): Promise<unknown[]> {
    const ids = traceId ? [traceId].filter((id) => this.pending.has(id)) : [...this.pending];
    const replies: unknown[] = [];
    for (const id of ids) replies.push(await this.send(id));
    return replies;
  }

  close(): void {
    contentCheckSandbox.onImageCheck(null);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private opened(traceId: string): void {
    this.pending.add(traceId);
    if (!this.held) this.schedule(traceId);
  }

  private schedule(traceId: string): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.held) void this.send(traceId).catch((err) => console.error('[local cloud] media check delivery', err));
    }, this.delayMs);
    this.timers.add(timer);
  }

  private async send(traceId: string): Promise<unknown> {
    if (!this.pending.delete(traceId)) return null;
    const event = localImageVerdict(traceId);
    const main = this.callback();
    if (!event || !main) return null;
    try {
      return await main(event, invocationContext('mediaCheckNotify', { source: 'wx_message' }));
    } catch (err) {
      // WeChat pushes again when the receiver fails; so does the local cloud, once.
      this.pending.add(traceId);
      throw err;
    }
  }
}
