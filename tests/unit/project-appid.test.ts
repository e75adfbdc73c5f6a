import fs from 'fs'
import os from 'os'
import path from 'path'
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { applyAppid, configuredAppid } = require('../../scripts/project-appid')

describe('WX_APPID → project.private.config.json (DevTools reads it over project.config.json)', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appid-'))
    file = path.join(dir, 'project.private.config.json')
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('writes the AppID, keeping the other private settings', () => {
    fs.writeFileSync(file, JSON.stringify({ setting: { compileHotReLoad: true } }))
    expect(applyAppid({ WX_APPID: 'wx0123456789abcdef' }, file)).toBe('wx0123456789abcdef')
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ setting: { compileHotReLoad: true }, appid: 'wx0123456789abcdef' })
    expect(configuredAppid({}, file)).toBe('wx0123456789abcdef')
  })

  it('leaves things alone without WX_APPID, and has no AppID then', () => {
    expect(applyAppid({}, file)).toBeNull()
    expect(fs.existsSync(file)).toBe(false)
    expect(configuredAppid({}, file)).toBeNull()
  })

  it('refuses a malformed AppID or the DevTools placeholder', () => {
    for (const bad of ['touristappid', 'wx123', 'WX0123456789ABCDEF0']) {
      expect(() => applyAppid({ WX_APPID: bad }, file)).toThrow(/not a mini-program AppID/)
    }
    expect(fs.existsSync(file)).toBe(false)
  })
})
