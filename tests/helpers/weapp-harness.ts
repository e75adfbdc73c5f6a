/**
 * Runs the BUILT weapp (dist/) under miniprogram-simulate: the Taro runtime, the app and
 * one page, with `wx.cloud` answered by the test. Load one page per test file (loading
 * the same page twice in one file does not work).
 */
import fs from 'fs'
import path from 'path'
import type { Envelope } from '@shared/errors'

export const DIST = path.resolve(__dirname, '../..', process.env.WEAPP_DIR || 'dist')

export interface CloudCall {
  name: string
  data: Record<string, unknown>
}

/** Answers one `wx.cloud.callFunction` with the function's envelope. */
export type CloudHandler = (call: CloudCall) => Envelope<unknown> | Promise<Envelope<unknown>>

type Simulate = typeof import('miniprogram-simulate')

export interface WeappHarness {
  simulate: Simulate
  calls: CloudCall[]
  /** Loads, renders and attaches a page such as 'pages/index/index'. */
  renderPage(route: string, query?: Record<string, string>): ReturnType<Simulate['render']>
}

const g = global as unknown as Record<string, unknown>

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error(`${DIST} is missing or incomplete: run \`npx taro build --type weapp\` first`)
  }
}

function installCloud(handler: CloudHandler, calls: CloudCall[]) {
  const wx = g.wx as Record<string, unknown>
  wx.cloud = {
    init() {},
    async callFunction({ name, data }: CloudCall) {
      calls.push({ name, data })
      return { result: await handler({ name, data }), requestID: 'test', errMsg: 'cloud.callFunction:ok' }
    },
  }
}

/** Page(...) as WeChat knows it, played by a Component (all miniprogram-simulate renders). */
function installPageGlobals(pages: unknown[], pending: { route: string; query: Record<string, string> }) {
  g.Page = (options: Record<string, unknown>) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    const call = (self: unknown, name: string, ...args: unknown[]) => {
      const fn = options[name]
      if (typeof fn === 'function') fn.apply(self, args)
    }
    ;(g.Component as (o: object) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          this.route = pending.route
          this.__route__ = pending.route
          this.options = pending.query
          pages.push(this)
          call(this, 'onLoad', pending.query)
          call(this, 'onShow')
        },
        ready(this: unknown) {
          call(this, 'onReady')
        },
        detached(this: unknown) {
          call(this, 'onUnload')
          pages.splice(pages.indexOf(this), 1)
        },
      },
    })
  }
  g.getCurrentPages = () => pages
}

function installApp(): () => Record<string, (...a: unknown[]) => void> {
  let app: Record<string, (...a: unknown[]) => void> | undefined
  g.App = (options: Record<string, (...a: unknown[]) => void>) => {
    app = options
  }
  g.getApp = () => app
  return () => {
    if (!app) throw new Error('dist/app.js did not call App()')
    return app
  }
}

/** Boots the built app (runtime, taro, vendors, common, app) with a stubbed wx.cloud. */
export function bootWeapp(handler: CloudHandler): WeappHarness {
  assertBuilt()
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simulate: Simulate = require('miniprogram-simulate') // defines global wx and Component
  const calls: CloudCall[] = []
  const pages: unknown[] = []
  const pending = { route: '', query: {} as Record<string, string> }
  installCloud(handler, calls)
  installPageGlobals(pages, pending)
  const getApp = installApp()
  for (const chunk of ['runtime', 'taro', 'vendors', 'common', 'app']) {
    const file = path.join(DIST, chunk + '.js')
    if (fs.existsSync(file)) require(file)
  }
  const app = getApp()
  app.onLaunch?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  app.onShow?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })

  return {
    simulate,
    calls,
    renderPage(route, query = {}) {
      pending.route = route
      pending.query = query
      const id = simulate.load(path.join(DIST, route), { rootPath: DIST })
      const page = simulate.render(id)
      page.attach(document.createElement('parent-wrapper'))
      return page
    },
  }
}

/** Resolves once `check` stops throwing, or rejects with its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 5000): Promise<T> {
  const start = Date.now()
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error
      await new Promise((r) => setTimeout(r, 20))
    }
  }
}
