import fs from 'fs';
import path from 'path';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { aggregateAll } from '../../cloudfunctions/shared/runtime/aggregate';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('aggregates', () => {
  it('return every group across pages, none twice, with scalar and compound group keys', async () => {
    const docs = Array.from({ length: 47 }, (_, i) => ({ _id: `agg-${i}`, dealId: `deal-${i % 23}`, status: i % 2 ? 'open' : 'failed', amountFen: i }));
    for (const doc of docs) await cloud.db.collection('groups').add(doc);
    const byDeal = await aggregateAll<{ _id: string; n: number }>(cloud.db, 'groups', (agg) => agg.group({ _id: '$dealId', n: { $sum: 1 } }), { pageSize: 5 });
    expect(byDeal.map((r) => r._id).sort()).toEqual(Array.from({ length: 23 }, (_, i) => `deal-${i}`).sort());
    expect(byDeal.reduce((n, r) => n + r.n, 0)).toBe(47);
    const byOutcome = await aggregateAll<{ _id: { dealId: string; status: string }; n: number }>(
      cloud.db,
      'groups',
      (agg) => agg.group({ _id: { dealId: '$dealId', status: '$status' }, n: { $sum: 1 } }),
      { pageSize: 4 },
    );
    expect(new Set(byOutcome.map((r) => `${r._id.dealId}/${r._id.status}`)).size).toBe(byOutcome.length);
    expect(byOutcome.reduce((n, r) => n + r.n, 0)).toBe(47);
  });

  it('go through the paging helper everywhere in the cloud functions', () => {
    const root = path.join(__dirname, '../../cloudfunctions');
    const helper = path.join(root, 'shared/runtime/aggregate.ts');
    const direct = sourcesUnder(root).filter((f) => f !== helper && /\.aggregate\(\)/.test(fs.readFileSync(f, 'utf8')));
    expect(direct.map((f) => path.relative(root, f))).toEqual([]);
  });
});
