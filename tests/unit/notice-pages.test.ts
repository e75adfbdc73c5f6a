import fs from 'fs';
import path from 'path';

// Every page a cloud function sends a member to (subscription messages, notices,
// reminders) must be a page the app has: a wrong path opens WeChat's not-found page.
const ROOT = path.resolve(__dirname, '../..');

function appPages(): Set<string> {
  (globalThis as { defineAppConfig?: unknown }).defineAppConfig = (config: unknown) => config;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'src/app.config.ts')).default as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
  return new Set([...config.pages, ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]);
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

test('every page path the cloud functions send members to exists in the app', () => {
  const pages = appPages();
  const found: { file: string; page: string }[] = [];
  for (const file of sources(path.join(ROOT, 'cloudfunctions'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/page:\s*[`'"]((?:[a-z-]+\/)?pages\/[a-z-]+\/index)(?:\?[^`'"]*)?[`'"]/g)) found.push({ file: path.relative(ROOT, file), page: m[1] });
  }
  expect(found.length).toBeGreaterThan(3);
  expect(found.filter((f) => !pages.has(f.page))).toEqual([]);
});
