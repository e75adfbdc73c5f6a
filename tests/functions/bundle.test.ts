import fs from 'fs';
import path from 'path';
import { buildFunctions } from '../../scripts/build-functions';
import { invocationContext } from '../../emulator/functions-host';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';

const ROOT = path.resolve(__dirname, '../..');
// Inside the repo so the bundle resolves @cloudbase/node-sdk from node_modules, as CloudBase installs it.
const OUT = path.join(ROOT, '.tmp', 'bundle-test');

describe('deployable cloud functions', () => {
  let cloud: TestCloud;
  let dirs: string[];
  beforeAll(async () => {
    dirs = await buildFunctions(OUT);
    cloud = await startTestCloud({ seed: 'demo' });
  }, 60_000);
  afterAll(async () => {
    await cloud?.stop();
    fs.rmSync(OUT, { recursive: true, force: true });
  });

  it('bundles every function of cloudbaserc.json into index.js + package.json, the SDK as a dependency', () => {
    const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
    expect(dirs.map((d) => path.basename(d)).sort()).toEqual(rc.functions.map((f: { name: string }) => f.name).sort());
    for (const dir of dirs) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      expect(manifest.main).toBe('index.js');
      expect(manifest.dependencies['@cloudbase/node-sdk']).toBeDefined();
      const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
      expect(code).toContain('require("@cloudbase/node-sdk")');
      expect(code).not.toContain('@cloudbase/node-sdk/dist');
    }
  });

  it('the bundled groupbuy answers listDeals like the source does', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { main } = require(path.join(OUT, 'groupbuy', 'index.js'));
    const res = await main({ action: 'listDeals' }, invocationContext('groupbuy', { openid: 'demo-shopper', source: 'wx_client' }));
    expect(res.ok).toBe(true);
    expect(res.data.items.length).toBe(8);
  });
});
