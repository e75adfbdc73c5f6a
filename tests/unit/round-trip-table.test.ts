import fs from 'fs';
import path from 'path';
import { ROUND_TRIP_CALLS } from '../../bench/round-trips';
import { actionOf, MEMBER_FUNCTIONS } from '../../bench/round-trip-budgets';

type Entry = { actions?: Record<string, { admin?: boolean }> };
const ROOT = path.join(__dirname, '../../cloudfunctions');
const entryOf = (fn: string): Entry => require(path.join(ROOT, fn, 'index')).main ?? {};
const memberActions = (fn: string) =>
  Object.entries(entryOf(fn).actions ?? {})
    .filter(([, def]) => !def.admin)
    .map(([name]) => `${fn}.${name}`);

describe('the round-trip table (bench/round-trips.ts)', () => {
  const measured = new Set(ROUND_TRIP_CALLS.map((c) => actionOf(c.key)));

  it.each([...MEMBER_FUNCTIONS])('measures every action of %s that a member may call', (fn) => {
    expect(memberActions(fn).filter((a) => !measured.has(a))).toEqual([]);
  });

  it('measures every function that has actions a member may call', () => {
    const fns = fs.readdirSync(ROOT).filter((fn) => fs.existsSync(path.join(ROOT, fn, 'index.ts')));
    const withMemberActions = fns.filter((fn) => memberActions(fn).length > 0);
    expect(withMemberActions.filter((fn) => !(MEMBER_FUNCTIONS as readonly string[]).includes(fn))).toEqual([]);
  });

  it('measures no action that does not exist', () => {
    const known = new Set([...MEMBER_FUNCTIONS].flatMap(memberActions));
    expect([...measured].filter((a) => a !== 'payNotify' && !known.has(a))).toEqual([]);
  });
});
