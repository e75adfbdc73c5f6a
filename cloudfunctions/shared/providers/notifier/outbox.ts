import type { Notice, Notifier } from './port';

const sent: Notice[] = [];

/** The local notifier: keeps what would have been sent, for the h5 developer and tests. */
export class OutboxNotifier implements Notifier {
  readonly name = 'outbox' as const;

  async send(notice: Notice): Promise<void> {
    sent.push(notice);
    if (sent.length > 500) sent.shift();
  }
}

export const outbox = {
  get sent(): Notice[] {
    return [...sent];
  },
  reset(): void {
    sent.length = 0;
  },
};
