import fs from 'fs'
import path from 'path'
import { spawnSync } from 'child_process'
import { MAIN_PACKAGE_FAIL_KB, weappPackageSizes } from '../../bench/package-size'

/**
 * Issue 16 item 11: WeChat's own checks on the weapp build, offline, through miniprogram-ci
 * (scripts/devtools-checks.js; installed into .mpci/ on first use): the DevTools 代码质量 panel
 * (checkCodeQuality, 11 checks) and the DevTools compiler (getCompiledResult). A build that
 * DevTools would flag fails here. The build is dist/ (or WEAPP_DIR), which `npm test` builds
 * when its sources changed.
 */
const ROOT = path.resolve(__dirname, '../..')
const BUILD = path.join(ROOT, process.env.WEAPP_DIR || 'dist')
const SCRIPT = path.join(ROOT, 'scripts', 'devtools-checks.js')
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { RESULT_MARK } = require(SCRIPT)

interface QualityResult {
  name: string
  success: boolean
  text?: string
  detail?: unknown
}
interface ChecksResult {
  quality: QualityResult[]
  compiledBytes: number | null
  ms: number
  error?: string
}

/** Runs the checks in a child process (miniprogram-ci leaves a file watcher open). */
function devtoolsChecks(args: string[]): ChecksResult {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 })
  const line = run.stdout.split('\n').find((l) => l.startsWith(RESULT_MARK))
  if (!line) throw new Error(`devtools-checks printed no result (status ${run.status}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`)
  const result = JSON.parse(line.slice(RESULT_MARK.length)) as ChecksResult
  if (result.error) throw new Error(`devtools-checks: ${result.error}`)
  return result
}

const failures = (quality: QualityResult[]) => quality.filter((r) => !r.success).map((r) => `${r.name}: ${r.text ?? ''}`)

describe("WeChat DevTools' checks on the weapp build (miniprogram-ci)", () => {
  let result: ChecksResult
  beforeAll(() => {
    if (!fs.existsSync(path.join(BUILD, 'app.json'))) throw new Error(`${BUILD} has no weapp build: npm test builds it (or npx taro build --type weapp)`)
    result = devtoolsChecks(['--build-dir', BUILD])
  }, 600_000)

  it('passes all 11 checks of the 代码质量 panel', () => {
    expect(result.quality.map((r) => r.name).sort()).toEqual(
      [
        'CONTAINS_OTHER_PKG_COMPONENTS',
        'CONTAINS_OTHER_PKG_JS',
        'CONTAINS_UNUSED_CODES',
        'CONTAINS_UNUSED_COMPONENTS',
        'CONTAINS_UNUSED_PLUGINS',
        'IMAGE_AND_AUDIO_LIMIT',
        'JS_COMPRESS_OPEN',
        'LAZYCODE_LOADING_OPEN',
        'PACKAGE_SIZE_LIMIT',
        'WXML_COMPRESS_OPEN',
        'WXSS_COMPRESS_OPEN',
      ].sort(),
    )
    expect(failures(result.quality)).toEqual([])
  })

  it("keeps every package inside WeChat's limits (main 2 MB, all 20 MB) by the panel's own count", () => {
    const sizes = result.quality.find((r) => r.name === 'PACKAGE_SIZE_LIMIT')?.detail as Record<string, number>
    expect(sizes.__APP__).toBeLessThan(2 * 1024 * 1024)
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeLessThan(20 * 1024 * 1024)
  })

  it("counts the main package as the bench and tests/weapp/package-size.test.ts do (less the .txt license files, which WeChat leaves out), under issue 18's limit", () => {
    const sizes = result.quality.find((r) => r.name === 'PACKAGE_SIZE_LIMIT')?.detail as Record<string, number>
    const licenses = fs
      .readdirSync(BUILD)
      .filter((name) => name.endsWith('.txt'))
      .reduce((sum, name) => sum + fs.statSync(path.join(BUILD, name)).size, 0)
    expect(sizes.__APP__).toBe(weappPackageSizes(BUILD).main - licenses)
    expect(sizes.__APP__).toBeLessThanOrEqual(MAIN_PACKAGE_FAIL_KB * 1024)
  })

  it('compiles with the DevTools compiler', () => {
    expect(result.compiledBytes).toBeGreaterThan(0)
  })

  it('fails a build DevTools would flag: compression off, no lazyCodeLoading', () => {
    fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true })
    const copy = fs.mkdtempSync(path.join(ROOT, '.tmp', 'weapp-flagged-'))
    try {
      fs.cpSync(BUILD, copy, { recursive: true })
      const appJson = path.join(copy, 'app.json')
      const { lazyCodeLoading, ...app } = JSON.parse(fs.readFileSync(appJson, 'utf8'))
      expect(lazyCodeLoading).toBe('requiredComponents')
      fs.writeFileSync(appJson, JSON.stringify(app))
      const flagged = devtoolsChecks(['--build-dir', copy, '--no-compile', '--settings', JSON.stringify({ minified: false, minifyWXML: false, minifyWXSS: false })])
      expect(failures(flagged.quality).map((f) => f.split(':')[0]).sort()).toEqual(['JS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN'])
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  }, 600_000)
})

describe('the AppID is configuration (project.private.config.json from WX_APPID), not a placeholder', () => {
  it('project.config.json carries no AppID and the private config is git-ignored', () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'))
    expect(config.appid).toBeUndefined()
    expect(JSON.stringify(config)).not.toContain('touristappid')
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\/project\.private\.config\.json$/m)
  })
})
