import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';
import Database from 'better-sqlite3';
import { DocumentStore } from '../../emulator/db';
import { buildFromSnapshot, exportSnapshot, SnapshotError } from '../../emulator/db/snapshot';
import { exportDataDir, importIntoDataDir, NotEmptyError } from '../../emulator/data-snapshot';
import { storeFile } from '../../emulator/local-cloud';
import { parseEjson } from '../../emulator/db/ejson';
import { freePort, waitForExit } from '../helpers/child-cloud';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';

type Reply = Record<string, any>;
const ROOT = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-snapshot-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let seq = 0;
const fresh = (name: string) => path.join(dir, `${++seq}-${name}`);

/** Documents written through the SDK's wire EJSON, one of every type the store keeps. */
const WIRE_DOCS: Record<string, string[]> = {
  things: [
    JSON.stringify({
      _id: 'b-all',
      int: { $numberInt: '5' },
      negative: { $numberInt: '-42' },
      long: { $numberLong: '9007199254740991' },
      float: { $numberDouble: '5.5' },
      tiny: { $numberDouble: '1e-7' },
      huge: { $numberDouble: '1e+300' },
      fen: 1990,
      nan: { $numberDouble: 'NaN' },
      inf: { $numberDouble: 'Infinity' },
      ninf: { $numberDouble: '-Infinity' },
      at: { $date: { $numberLong: '1767225600123' } },
      before1970: { $date: { $numberLong: '-86400000' } },
      nested: { a: { b: { c: [1, 2.25, { d: { $date: { $numberLong: '0' } } }] } }, empty: {} },
      list: [{ k: 'x', at: { $date: { $numberLong: '1000' } } }, [], [[1]], null, true, false, ''],
      pattern: { $regularExpression: { pattern: '^团.*$', options: 'i' } },
      nothing: null,
      yes: true,
      oid: { $oid: '64b7f0c2a1b2c3d4e5f60718' },
    }),
    JSON.stringify({ _id: 'a-first', tag: 'z', n: { $numberInt: '1' } }),
    JSON.stringify({ _id: 'c-tags', tag: ['p', 'q'], n: { $numberDouble: '0.1' } }),
  ],
  unicode: [
    JSON.stringify({ _id: '团购-1', name: '共营 🍊 团购', line: 'a\u2028b\u2029c\n"q"\\', zero: 'x\u0000y', rtl: 'שלום' }),
    JSON.stringify({ _id: '🍊', k: '\uD83C\uDF4A' }),
    JSON.stringify({ _id: 'Z', k: 'upper before lower and multibyte' }),
  ],
};

function makeStore(file: string): void {
  const store = DocumentStore.open({
    file,
    collections: ['things', 'unicode', 'empty'],
    indexes: [
      { collection: 'things', name: 'tag', keys: [{ field: 'tag', direction: 1 }] },
      { collection: 'things', name: 'at_n', keys: [{ field: 'at', direction: -1 }, { field: 'nested.a.b', direction: 1 }] },
      { collection: 'unicode', name: 'name', keys: [{ field: 'name', direction: 1 }], unique: true },
      { collection: 'empty', name: 'x', keys: [{ field: 'x', direction: -1 }] },
    ],
    now: () => 0,
  });
  for (const [collectionName, data] of Object.entries(WIRE_DOCS)) {
    const reply = store.handle({ action: 'database.insertDocument', collectionName, data }) as Reply;
    expect(reply.code).toBeUndefined();
  }
  store.close();
}

function schemaOf(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return {
      sql: db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all(),
      multikey: db.prepare('SELECT collection, name FROM _emulator_multikey ORDER BY 1, 2').all(),
    };
  } finally {
    db.close();
  }
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'db-snapshot.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // Decoded as UTF-8 across chunks (a chunk may end inside a Chinese character); answered once the pipes are drained.
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('snapshot of a store', () => {
  const source = fresh('source.sqlite');
  let text: string;
  beforeAll(() => {
    makeStore(source);
    text = exportSnapshot(source);
  });

  it('writes a header, then each collection sorted by name with its indexes, then its documents by _id', () => {
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('{"snapshot":"gongying-db","version":1}');
    const heads = lines.filter((l) => /^\{"collection":"[^"]*","indexes"/.test(l));
    expect(heads).toEqual([
      '{"collection":"empty","indexes":[{"name":"x","keys":[{"field":"x","direction":-1}],"unique":false}]}',
      '{"collection":"things","indexes":[{"name":"at_n","keys":[{"field":"at","direction":-1},{"field":"nested.a.b","direction":1}],"unique":false},{"name":"tag","keys":[{"field":"tag","direction":1}],"unique":false}]}',
      '{"collection":"unicode","indexes":[{"name":"name","keys":[{"field":"name","direction":1}],"unique":true}]}',
    ]);
    const ids = lines.slice(1).filter((l) => l.includes('"doc":')).map((l) => (JSON.parse(l) as { doc: { _id: string } }).doc._id);
    expect(ids).toEqual(['a-first', 'b-all', 'c-tags', 'Z', '团购-1', '🍊']);
    // Each document's line right after its collection's: empty has none.
    expect(lines[1]).toMatch(/^\{"collection":"empty","indexes"/);
    expect(lines[2]).toMatch(/^\{"collection":"things","indexes"/);
  });

  it('keeps every type: integers and fractions, non-finite numbers, dates, nested arrays and objects, regexes, unicode', () => {
    const line = text.split('\n').find((l) => l.includes('"b-all"'))!;
    expect(line).toContain('"int":5,"negative":-42,"long":9007199254740991,"float":5.5,"tiny":1e-7,"huge":1e+300,"fen":1990');
    expect(line).toContain('"nan":{"$numberDouble":"NaN"},"inf":{"$numberDouble":"Infinity"},"ninf":{"$numberDouble":"-Infinity"}');
    expect(line).toContain('"at":{"$date":{"$numberLong":"1767225600123"}}');
    const doc = (parseEjson(line) as { doc: Record<string, any> }).doc;
    expect(Number.isInteger(doc.int)).toBe(true);
    expect(Number.isInteger(doc.float)).toBe(false);
    expect(doc.long).toBe(Number.MAX_SAFE_INTEGER);
    expect(doc.nan).toBeNaN();
    expect(doc.ninf).toBe(-Infinity);
    expect(doc.at).toEqual(new Date(1767225600123));
    expect(doc.before1970).toEqual(new Date(-86400000));
    expect(doc.nested.a.b.c[2].d).toEqual(new Date(0));
    expect(doc.nested.empty).toEqual({});
    expect(doc.list).toEqual([{ k: 'x', at: new Date(1000) }, [], [[1]], null, true, false, '']);
    expect(doc.pattern).toEqual(/^团.*$/i);
    expect(doc.oid).toBe('64b7f0c2a1b2c3d4e5f60718');
    const uni = (parseEjson(text.split('\n').find((l) => l.includes('"团购-1"'))!) as { doc: Record<string, string> }).doc;
    expect(uni).toEqual({ _id: '团购-1', name: '共营 🍊 团购', line: 'a\u2028b\u2029c\n"q"\\', zero: 'x\u0000y', rtl: 'שלום' });
  });

  it('round-trips byte-exact, with the same tables, indexes and multikey marks', () => {
    const copy = fresh('copy.sqlite');
    expect(buildFromSnapshot(text, copy)).toEqual({ collections: 3, documents: 6 });
    expect(exportSnapshot(copy)).toBe(text);
    expect(schemaOf(copy)).toEqual(schemaOf(source));
    // The array in c-tags makes the tag index multikey in both.
    expect((schemaOf(copy) as { multikey: unknown[] }).multikey).toEqual([{ collection: 'things', name: 'tag' }]);
  });

  it('gives a store that answers the SDK as the original does, through the imported indexes', () => {
    const copy = fresh('copy.sqlite');
    buildFromSnapshot(text, copy);
    const store = DocumentStore.open({ file: copy, collections: [], indexes: [], now: () => 0 });
    const got = store.handle({ action: 'database.getDocument', collectionName: 'things', queryType: 'WHERE', query: '{"tag":"p"}' }) as Reply;
    expect(got.data.list.map((d: string) => JSON.parse(d)._id)).toEqual(['c-tags']);
    const dup = store.handle({ action: 'database.insertDocument', collectionName: 'unicode', data: [JSON.stringify({ _id: 'other', name: '共营 🍊 团购' })] }) as Reply;
    expect(dup.code).toBe('DATABASE_REQUEST_FAILED');
    store.close();
  });

  it('reads canonical EJSON too ($numberInt, $numberLong, $date as ISO text, $oid) and writes it back in the wire form', () => {
    const canonical = [
      '{"snapshot":"gongying-db","version":1}',
      '{"collection":"c","indexes":[]}',
      '{"collection":"c","doc":{"_id":"x","i":{"$numberInt":"7"},"l":{"$numberLong":"123"},"d":{"$numberDouble":"2.5"},"at":{"$date":"2026-01-01T00:00:00.000Z"},"o":{"$oid":"64b7f0c2a1b2c3d4e5f60718"}}}',
      '',
    ].join('\r\n');
    const file = fresh('canonical.sqlite');
    expect(buildFromSnapshot(canonical, file)).toEqual({ collections: 1, documents: 1 });
    expect(exportSnapshot(file).split('\n')[2]).toBe(
      '{"collection":"c","doc":{"_id":"x","i":7,"l":123,"d":2.5,"at":{"$date":{"$numberLong":"1767225600000"}},"o":"64b7f0c2a1b2c3d4e5f60718"}}',
    );
  });
});

describe('importing a bad snapshot', () => {
  const HEAD = '{"snapshot":"gongying-db","version":1}';
  const COLL = '{"collection":"c","indexes":[{"name":"u","keys":[{"field":"u","direction":1}],"unique":true}]}';
  const doc = (d: object) => JSON.stringify({ collection: 'c', doc: d });
  const cases: [string, string[], number, RegExp][] = [
    ['not JSON', [HEAD, COLL, doc({ _id: 'a' }), '{"collection":"c","doc":{"_id":"b"'], 4, /not JSON/],
    ['no header', [COLL], 1, /not a snapshot/],
    ['another version', ['{"snapshot":"gongying-db","version":2}'], 1, /version 2 is not supported/],
    ['an undeclared collection', [HEAD, doc({ _id: 'a' })], 2, /no \{"collection", "indexes"\} line before/],
    ['a duplicate _id', [HEAD, COLL, doc({ _id: 'a' }), doc({ _id: 'b' }), doc({ _id: 'a' })], 5, /duplicate _id "a" in c/],
    ['a unique index broken', [HEAD, COLL, doc({ _id: 'a', u: 1 }), doc({ _id: 'b', u: 1 })], 4, /breaks a unique index/],
    ['a document without _id', [HEAD, COLL, doc({ n: 1 })], 3, /needs an _id/],
    ['a document that is not an object', [HEAD, COLL, '{"collection":"c","doc":[1]}'], 3, /"doc" must be an object/],
    ['a bad collection name', [HEAD, '{"collection":"a b","indexes":[]}'], 2, /invalid collection name/],
    ['a bad index', [HEAD, '{"collection":"c","indexes":[{"name":"i","keys":[{"field":"x","direction":2}]}]}'], 2, /direction/],
    ['an unknown key', [HEAD, COLL, '{"collection":"c","doc":{"_id":"a"},"extra":1}'], 3, /unexpected "extra"/],
    ['a collection announced twice', [HEAD, COLL, doc({ _id: 'a' }), COLL], 4, /announced twice/],
    ['an empty file', [''], 1, /empty file/],
  ];

  it.each(cases)('refuses %s with the line number, writing no file', (_name, lines, line, message) => {
    const file = fresh('bad.sqlite');
    let error: unknown;
    try {
      buildFromSnapshot(lines.join('\n') + '\n', file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).line).toBe(line);
    expect((error as SnapshotError).message).toMatch(new RegExp(`^line ${line}: `));
    expect((error as SnapshotError).message).toMatch(message);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
  });

  it('leaves a data dir exactly as it was, even with --replace', () => {
    const dataDir = fresh('data');
    fs.mkdirSync(dataDir);
    makeStore(storeFile(dataDir));
    const before = exportDataDir(dataDir);
    const bad = [HEAD, COLL, doc({ _id: 'a' }), doc({ _id: 'a' })].join('\n');
    expect(() => importIntoDataDir(dataDir, bad, { replace: true })).toThrow(/^line 4: duplicate _id/);
    expect(exportDataDir(dataDir)).toBe(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['gongying.sqlite']);
  });
});

describe('importing into a data dir', () => {
  it('refuses one with documents unless asked to replace, then replaces all of it and keeps the old database as .bak', () => {
    const source = fresh('source.sqlite');
    makeStore(source);
    const text = exportSnapshot(source);
    const dataDir = fresh('data');
    const other = ['{"snapshot":"gongying-db","version":1}', '{"collection":"mine","indexes":[]}', '{"collection":"mine","doc":{"_id":"keep"}}', ''].join('\n');
    expect(importIntoDataDir(dataDir, other, { replace: false })).toEqual({ collections: 1, documents: 1 });
    const mine = exportDataDir(dataDir);
    expect(() => importIntoDataDir(dataDir, text, { replace: false })).toThrow(NotEmptyError);
    expect(exportDataDir(dataDir)).toBe(mine);
    expect(importIntoDataDir(dataDir, text, { replace: true })).toEqual({ collections: 3, documents: 6 });
    // The project's declared collections and indexes are added as the local cloud opens the file.
    const after = exportDataDir(dataDir);
    expect(after).toContain('{"collection":"deals","indexes":[');
    expect(after).not.toContain('"mine"');
    for (const line of text.split('\n').slice(1)) expect(after).toContain(line);
    expect(exportSnapshot(storeFile(dataDir) + '.bak')).toBe(mine);
  });
});

describe('npm run db:export / db:import', () => {
  let cloud: TestCloud;
  let demo: string;
  beforeAll(async () => {
    cloud = await startTestCloud({ seed: 'demo' });
  });
  afterAll(() => cloud?.stop());

  it('exports a demo-seeded local cloud through its /dev/export, and the same bytes round-trip through an empty data dir', async () => {
    const res = await fetch(`${cloud.url}/dev/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="gongying-\d{8}-\d{6}\.jsonl"$/);
    demo = await res.text();
    expect(demo.split('\n').length).toBeGreaterThan(100);

    const viaCli = await run(['export', 'demo.jsonl'], { PORT: String(cloud.port) });
    expect(viaCli.stderr).toMatch(/demo\.jsonl: \d+ collections, \d+ documents from the local cloud at http/);
    expect(viaCli.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'demo.jsonl'), 'utf8')).toBe(demo);

    const offline = { PORT: String(await freePort()), DATA_DIR: fresh('empty-data') };
    const imported = await run(['import', 'demo.jsonl'], offline);
    expect(imported.stderr).toMatch(/collections, \d+ documents into /);
    expect(imported.code).toBe(0);
    const again = await run(['export', 'again.jsonl'], offline);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'again.jsonl'), 'utf8')).toBe(demo);
    expect((await run(['export', '-'], offline)).stdout).toBe(demo);
    const usage = await run(['export'], offline);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^usage: npm run db:export -- <file>/);

    const refused = await run(['import', 'demo.jsonl'], offline);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty: import with --replace/);
    fs.writeFileSync(path.join(dir, 'broken.jsonl'), demo.split('\n').slice(0, 5).join('\n') + '\n{"collection":"users","doc":{oops}}\n');
    const broken = await run(['import', 'broken.jsonl', '--replace'], offline);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/line 6: not JSON/);
    expect(exportDataDir(offline.DATA_DIR)).toBe(demo);
  });

  it('imports through the running local cloud: refused without --replace, then all of it, served by the reopened store', async () => {
    const lines = demo.split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"collection":"users","doc":'));
    const edited = JSON.parse(lines[at]);
    edited.doc.nickname = '快照里的名字';
    lines[at] = JSON.stringify(edited);
    fs.writeFileSync(path.join(dir, 'edited.jsonl'), lines.join('\n'));
    const env = { PORT: String(cloud.port) };

    const refused = await run(['import', 'edited.jsonl'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty/);
    const bad = await cloud.post('/dev/import?replace=1', `${lines.slice(0, 3).join('\n')}\nnope\n`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ ok: false, error: { code: 'INVALID_SNAPSHOT', message: expect.stringMatching(/^line 4: not JSON/), line: 4 } });
    expect(await (await fetch(`${cloud.url}/dev/export`)).text()).toBe(demo);

    const done = await run(['import', 'edited.jsonl', '--replace'], env);
    expect(done.stderr).toMatch(/into the local cloud at/);
    expect(done.code).toBe(0);
    const user = await cloud.db.collection('users').doc(edited.doc._id).get();
    expect(user.data[0].nickname).toBe('快照里的名字');
    expect(await (await fetch(`${cloud.url}/dev/export`)).text()).toBe(lines.join('\n'));
    // Functions run on the new store too.
    const me = await cloud.call('member', { action: 'me' }, edited.doc._id);
    expect(me.ok).toBe(true);
    expect(me.data.nickname).toBe('快照里的名字');
  });
});

describe('npm start with IMPORT and EXPORT_ON_EXIT', () => {
  async function start(env: Record<string, string>) {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'emulator', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), SEED: 'none', SEED_HISTORY: '0', INIT_CWD: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    const deadline = Date.now() + 45_000;
    while (!(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the local cloud did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { child, port, output: () => output };
  }

  it('writes a snapshot on SIGTERM and exits 0; IMPORT starts from it without seeding over it', async () => {
    const dataDir = fresh('start-data');
    const first = await start({ DATA_DIR: dataDir, EXPORT_ON_EXIT: 'on-exit.jsonl' });
    await fetch(`http://127.0.0.1:${first.port}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'database.insertDocument', collectionName: 'notices', data: ['{"_id":"late","at":{"$date":{"$numberLong":"5"}}}'] }),
    });
    first.child.kill('SIGTERM');
    await waitForExit(first.child);
    expect(first.child.exitCode).toBe(0);
    expect(first.output()).toMatch(/wrote .*on-exit\.jsonl: \d+ collections, \d+ documents/);
    const written = fs.readFileSync(path.join(dir, 'on-exit.jsonl'), 'utf8');
    expect(written).toBe(exportDataDir(dataDir));
    expect(written).toContain('{"collection":"notices","doc":{"_id":"late","at":{"$date":{"$numberLong":"5"}}}}');

    const second = await start({ DATA_DIR: fresh('start-data'), IMPORT: 'on-exit.jsonl', EXPORT_ON_EXIT: 'second.jsonl' });
    expect(second.output()).toMatch(/imported .*on-exit\.jsonl/);
    second.child.kill('SIGINT');
    second.child.kill('SIGINT');
    await waitForExit(second.child);
    expect(second.child.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'second.jsonl'), 'utf8')).toBe(written);
  });
});
