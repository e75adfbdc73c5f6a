/** An HTTP header by name, whatever case the gateway delivered it in. */
export function headerValue(headers: Record<string, string | undefined>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** A fetch Response's headers as a plain record. */
export function headersOf(response: { headers: { forEach(cb: (value: string, key: string) => void): void } }) {
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/** A signed notification or answer further than this from our clock is refused (replay window). */
export const FRESHNESS_MS = 5 * 60 * 1000;
