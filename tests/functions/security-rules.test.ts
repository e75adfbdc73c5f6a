import fs from 'fs';
import path from 'path';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';

const DATABASE = path.join(__dirname, '../../database');
type Rule = { read: boolean | string; write: boolean | string };
const RULES = JSON.parse(fs.readFileSync(path.join(DATABASE, 'security-rules.json'), 'utf8')).collections as Record<string, Rule>;
const INDEXED = Object.keys(JSON.parse(fs.readFileSync(path.join(DATABASE, 'indexes.json'), 'utf8')).collections);

/** The only fields a client may read, per client-readable collection. Widen on purpose, never by accident. */
const CLIENT_FIELDS: Record<string, string[]> = {
  products: ['_id', 'name', 'summary', 'description', 'image', 'images', 'tags', 'createdAt'],
};

const clientReadable = Object.keys(RULES).filter((name) => RULES[name].read !== false);

describe('database security rules', () => {
  it('give every collection of indexes.json a rule, and no rule to a collection that does not exist', () => {
    expect(Object.keys(RULES).sort()).toEqual([...INDEXED].sort());
  });

  it('let clients write nothing', () => {
    expect(Object.entries(RULES).filter(([, rule]) => rule.write !== false)).toEqual([]);
  });

  it('keep deals, polls and contests server-only (holds, live counts, the awarding admin)', () => {
    for (const name of ['deals', 'polls', 'contests']) expect(RULES[name].read).toBe(false);
  });

  it('give an allow-list to every client-readable collection', () => {
    expect(clientReadable.sort()).toEqual(Object.keys(CLIENT_FIELDS).sort());
  });

  it('are what database/README.md says they are', () => {
    const readme = fs.readFileSync(path.join(DATABASE, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Security rules'));
    const rows = [...section.matchAll(/^\| `(\w+)` \| (.+?) \| (.+?) \|$/gm)];
    expect(rows.map((row) => row[1]).sort()).toEqual(clientReadable.sort());
    for (const [, name, read, write] of rows) {
      expect(read.startsWith(`\`${JSON.stringify(RULES[name].read)}\``)).toBe(true);
      expect(write).toBe(`\`${JSON.stringify(RULES[name].write)}\``);
    }
    expect(section).toMatch(/^\| every other collection \| `false` \| `false` \|$/m);
  });

  describe('over the demo seed', () => {
    let cloud: TestCloud;
    beforeAll(async () => {
      cloud = await startTestCloud({ seed: 'demo' });
    }, 30_000);
    afterAll(() => cloud?.stop());

    it.each(clientReadable)('show clients no field of %s beyond its allow-list', async (name) => {
      const docs = await readAll(cloud, name);
      expect(docs.length).toBeGreaterThan(0);
      const allowed = new Set(CLIENT_FIELDS[name] ?? []);
      const leaks = docs.flatMap((doc) => Object.keys(doc).filter((field) => !allowed.has(field)).map((field) => `${doc._id}.${field}`));
      expect(leaks).toEqual([]);
    });
  });
});

async function readAll(cloud: TestCloud, name: string): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = [];
  for (;;) {
    const page = (await cloud.db.collection(name).skip(docs.length).limit(100).get()).data as Record<string, unknown>[];
    docs.push(...page);
    if (page.length < 100) return docs;
  }
}
