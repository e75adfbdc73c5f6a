// Draws the tabBar icons (81×81 PNG; WeChat's tabBar needs local image files) from the SVG
// below with headless Chromium: `node scripts/draw-tabbar-icons.js [name…]` (all of them by default).
// Grey when idle, green when selected.
const fs = require('fs')
const path = require('path')
const { chromium } = require('playwright-core')

const GREY = '#8a8a80'
const GREEN = '#2f6b3f'
const OUT = path.join(__dirname, '../src/assets/tabbar')

const ICONS = {
  // A house with a leaf for a window.
  home: (c, on) => `
    <path d="M7 21.5 24 8l17 13.5V38a3 3 0 0 1-3 3H10a3 3 0 0 1-3-3z" fill="${on ? c : 'none'}" stroke="${c}" stroke-width="3.2" stroke-linejoin="round"/>
    <path d="M18 33c0-6 3-10 9-11 0 6-3 10-9 11z" fill="${on ? '#fff' : c}"/>`,
  // A speech bubble with a heart: the community's 晒单.
  community: (c, on) => `
    <path d="M12 8.5h24a5 5 0 0 1 5 5V29a5 5 0 0 1-5 5H22l-7.5 6.5V34H12a5 5 0 0 1-5-5V13.5a5 5 0 0 1 5-5z" fill="${on ? c : 'none'}" stroke="${c}" stroke-width="3.2" stroke-linejoin="round"/>
    <path d="M24 28.2c-4.6-2.9-7-5.5-7-8.3a3.6 3.6 0 0 1 7-1.4 3.6 3.6 0 0 1 7 1.4c0 2.8-2.4 5.4-7 8.3z" fill="${on ? '#fff' : c}"/>`,
  // A person.
  me: (c, on) => `
    <circle cx="24" cy="16.5" r="7.5" fill="${on ? c : 'none'}" stroke="${c}" stroke-width="3.2"/>
    <path d="M9 40c0-8.3 6.7-14 15-14s15 5.7 15 14" fill="${on ? c : 'none'}" stroke="${c}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>`,
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 })
  const only = process.argv.slice(2)
  for (const [name, draw] of Object.entries(ICONS).filter(([n]) => !only.length || only.includes(n))) {
    for (const on of [false, true]) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 48 48">${draw(on ? GREEN : GREY, on)}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      const file = path.join(OUT, `${name}${on ? '-active' : ''}.png`)
      await page.locator('svg').screenshot({ path: file, omitBackground: true })
      console.log(file, fs.statSync(file).size, 'bytes')
    }
  }
  await browser.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
