import fs from 'fs'
import path from 'path'

const ROOT = path.join(__dirname, '..', '..')
/** The one place that turns fen into text; parse-yuan reads typed text back. */
const ALLOWED = new Set(['cloudfunctions/shared/domain/money.ts', 'src/utils/parse-yuan.ts'])

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(rel)
    return /\.(ts|tsx)$/.test(e.name) && !ALLOWED.has(rel) ? [rel] : []
  })
}

/** Code without its comments (a comment may say ¥2,000 in prose). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/** Ways of turning money into text other than formatYuan / yuanDigits. */
const STRAY: [string, RegExp][] = [
  ['¥ glued to a computed value (use formatYuan)', /¥\s*(\$\{|\{|'\s*\+|"\s*\+)/],
  ['a written-out amount without two decimals', /¥\d+(,\d{3})*(?![\d,.])|¥\d+(,\d{3})*\.\d(?!\d)/],
  ['fen divided into yuan by hand', /\$\{[^}]*[Ff]en\w*\)?\s*\/\s*100\b/],
  ['toFixed(2) on money', /\/\s*100\)?\.toFixed\(|\.toFixed\(2\)/],
]

describe('money is shown through one helper', () => {
  const files = [...sources('src'), ...sources('cloudfunctions')]

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it.each(STRAY)('no page or function formats money itself: %s', (_what, pattern) => {
    const hits = files.flatMap((file) =>
      code(fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .split('\n')
        .filter((line) => pattern.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    )
    expect(hits).toEqual([])
  })
})
