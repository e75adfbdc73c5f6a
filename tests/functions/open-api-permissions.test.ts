import fs from 'fs';
import path from 'path';
import { buildFunctions } from '../../scripts/build-functions';
import { apiNamesIn, checkBundle, declaredOpenApis, functionSources, OPEN_API_CALL, ROOT } from '../helpers/open-api-scan';

// Inside the repo, like bundle.test.ts; its own folder so the two can run side by side.
const OUT = path.join(ROOT, '.tmp', 'open-api-test');

/**
 * Issue 16 item 2: a function may call an open API (云调用) only if its config.json lists
 * it in permissions.openapi. The build writes those lists from the OPEN_APIS of the modules
 * a bundle includes; these tests read the calls out of each bundle's text instead, for every
 * function cloudbaserc.json names (so functions added later are covered).
 */
describe('open-API permissions (config.json permissions.openapi)', () => {
  let dirs: string[];
  const declared = declaredOpenApis();
  const catalogue = [...declared.values()].flatMap((record) => Object.values(record));

  beforeAll(async () => {
    dirs = await buildFunctions(OUT);
  }, 120_000);
  afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

  it('every function of cloudbaserc.json gets a config.json listing exactly the open APIs its bundle calls', () => {
    const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
    expect(dirs.map((d) => path.basename(d)).sort()).toEqual(rc.functions.map((f: { name: string }) => f.name).sort());
    const report: Record<string, unknown> = {};
    for (const dir of dirs) {
      const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
      const config = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
      const problems = checkBundle(code, config, catalogue);
      if (problems.undeclared.length || problems.missing.length || problems.unused.length) report[path.basename(dir)] = problems;
    }
    expect(report).toEqual({});
  });

  it('the functions known to call open APIs declare them (a floor under the generic check)', () => {
    const permissions = (name: string) => JSON.parse(fs.readFileSync(path.join(OUT, name, 'config.json'), 'utf8')).permissions.openapi;
    // Which function sends a notice moves (payNotify hands its notices to the outbox); that some do, and these calls, stay.
    expect(permissions('groupbuy')).toContain('wxacode.getUnlimited');
    expect(permissions('community')).toEqual(expect.arrayContaining(['security.msgSecCheck', 'security.mediaCheckAsync']));
    expect(permissions('fulfilmentTick')).toContain('wxa.sec.order.uploadShippingInfo');
    expect(dirs.filter((dir) => permissions(path.basename(dir)).includes('subscribeMessage.send')).length).toBeGreaterThan(0);
  });

  it('every source file that calls the open-API bridge declares OPEN_APIS and names APIs only through it', () => {
    const offenders: string[] = [];
    for (const file of functionSources()) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(ROOT, file);
      if (OPEN_API_CALL.test(text) && !declared.has(file)) offenders.push(`${rel}: calls an open API but exports no OPEN_APIS`);
      if (/apiName:\s*['"`]/.test(text.replace(/export const OPEN_APIS[\s\S]*?satisfies/, ''))) offenders.push(`${rel}: passes a literal apiName instead of OPEN_APIS.<name>.apiName`);
      const names = new Set(Object.values(declared.get(file) ?? {}).flatMap((api) => [api.apiName, api.permission]));
      for (const name of apiNamesIn(text)) {
        if (!names.has(name) && !catalogue.some((api) => api.apiName === name || api.permission === name)) offenders.push(`${rel}: writes ${name}, which no OPEN_APIS declares`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no hand-written cloudfunctions/<name>/config.json lists permissions.openapi (the build is the one source)', () => {
    const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
    const handLists = rc.functions
      .map((f: { name: string }) => path.join(ROOT, 'cloudfunctions', f.name, 'config.json'))
      .filter((file: string) => fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).permissions?.openapi);
    expect(handLists).toEqual([]);
  });

  describe('the check itself', () => {
    const subscribe = { permission: 'subscribeMessage.send', apiName: '/cgi-bin/message/subscribe/send' };
    const code = `await app.callWxOpenApi({ apiName: "/cgi-bin/message/subscribe/send", requestData });`;

    it('fails a bundle that calls an open API its config.json does not list', () => {
      expect(checkBundle(code, { permissions: { openapi: [] } }, [subscribe])).toEqual({ undeclared: [], missing: ['subscribeMessage.send'], unused: [] });
    });

    it('fails a config.json that lists an open API the bundle never calls', () => {
      expect(checkBundle('exports.main = () => 1;', { permissions: { openapi: ['subscribeMessage.send'] } }, [subscribe]).unused).toEqual(['subscribeMessage.send']);
    });

    it('fails a call no OPEN_APIS declares, by path or by 云调用 name', () => {
      const phone = `callWxOpenApi({ apiName: '/wxa/business/getuserphonenumber' }); callCompatibleWxOpenApi({ apiName: 'urlscheme.generate' })`;
      expect(checkBundle(phone, {}, [subscribe]).undeclared).toEqual(['/wxa/business/getuserphonenumber', 'urlscheme.generate']);
    });

    it('passes a bundle whose config.json lists what it calls', () => {
      expect(checkBundle(code, { permissions: { openapi: ['subscribeMessage.send'] } }, [subscribe])).toEqual({ undeclared: [], missing: [], unused: [] });
    });
  });
});
