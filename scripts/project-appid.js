// The mini-program's AppID is configuration, not code: project.config.json (committed) carries
// none. Set WX_APPID when building (`WX_APPID=wx… npm run build:weapp`) and it is written to
// project.private.config.json (git-ignored), which WeChat DevTools reads over project.config.json.
// `node scripts/project-appid.js` applies it on its own.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PRIVATE_CONFIG = path.join(ROOT, 'project.private.config.json');
const APPID = /^wx[0-9a-f]{16}$/;
/** What the offline DevTools checks use when no AppID is configured (nothing is uploaded). */
const CHECK_APPID = 'wx0000000000000000';

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The configured AppID: WX_APPID, else project.private.config.json's; null when neither. Throws on a malformed WX_APPID. */
function configuredAppid(env = process.env, privateConfig = PRIVATE_CONFIG) {
  const fromEnv = (env.WX_APPID || '').trim();
  if (fromEnv) {
    if (!APPID.test(fromEnv)) throw new Error(`WX_APPID "${fromEnv}" is not a mini-program AppID (wx + 16 hex digits, 公众平台 → 开发管理 → 开发设置)`);
    return fromEnv;
  }
  const saved = readJson(privateConfig)?.appid;
  return typeof saved === 'string' && APPID.test(saved) ? saved : null;
}

/** Writes WX_APPID into project.private.config.json (keeping its other settings); returns the AppID written, or null. */
function applyAppid(env = process.env, privateConfig = PRIVATE_CONFIG) {
  const fromEnv = (env.WX_APPID || '').trim();
  if (!fromEnv) return null;
  const appid = configuredAppid(env, privateConfig);
  const current = readJson(privateConfig) ?? {};
  if (current.appid !== appid) fs.writeFileSync(privateConfig, JSON.stringify({ ...current, appid }, null, 2) + '\n');
  return appid;
}

if (require.main === module) {
  try {
    const appid = applyAppid();
    if (appid) console.log(`[gongying] AppID ${appid} → project.private.config.json`);
    else if (!configuredAppid()) console.log('[gongying] no WX_APPID: WeChat DevTools will ask for the AppID (or set WX_APPID and build again)');
  } catch (err) {
    console.error(`[gongying] ${err.message}`);
    process.exit(1);
  }
}

module.exports = { APPID, CHECK_APPID, applyAppid, configuredAppid, PRIVATE_CONFIG };
