/** Structured one-line logs: CloudBase collects stdout per invocation. */
export function logError(event: string, fields: Record<string, unknown>): void {
  console.error(JSON.stringify({ level: 'error', event, ...fields }));
}
