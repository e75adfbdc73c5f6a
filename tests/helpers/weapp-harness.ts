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

/**
 * Build constants a test build needs (subscription template ids: without one the app asks
 * for no consent). scripts/build-if-stale.js builds with these unless the environment sets them.
 */
export const TEST_BUILD_ENV: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, 'test-build-env.json'), 'utf8'))

/** One call the page made into the platform, in the order made (cloud calls and WeChat APIs alike). */
export interface PlatformCall {
  api: string
  args: Record<string, unknown>
  /**
   * Made synchronously inside an event handler (a tap, before its first await), which is what
   * WeChat asks of requestSubscribeMessage; false when made later (after an await, a timer …).
   */
  inTap: boolean
}

// How deep the running code is inside Taro's event handler (`eh`, bound to every bindtap).
let handling = 0

/**
 * Wraps the `eh` method of every component and page (Taro's one event handler), so a logged
 * call knows whether it ran inside the handler's synchronous part. j-component dispatches a
 * test's `dispatchEvent` a microtask later, so only this tells "in the tap" apart.
 */
function trackEventHandlers() {
  const register = g.Component as (options: Record<string, unknown>) => unknown
  g.Component = (options: Record<string, unknown>) => {
    const methods = { ...((options.methods as Record<string, unknown>) ?? {}) }
    const eh = methods.eh
    if (typeof eh === 'function') {
      methods.eh = function (this: unknown, ...args: unknown[]) {
        handling++
        try {
          return eh.apply(this, args)
        } finally {
          handling--
        }
      }
    }
    return register({ ...options, methods })
  }
}

/** Answers one `wx.cloud.callFunction` with the function's envelope. */
export type CloudHandler = (call: CloudCall) => Envelope<unknown> | Promise<Envelope<unknown>>

type Simulate = typeof import('miniprogram-simulate')

export interface WeappHarness {
  simulate: Simulate
  calls: CloudCall[]
  /** Every `wx.cloud.callFunction` and every WeChat API given in `bootWeapp`'s `wx`, in order. */
  log: PlatformCall[]
  /** Loads, renders and attaches a page such as 'pages/index/index'. */
  renderPage(route: string, query?: Record<string, string>): ReturnType<Simulate['render']>
}

const g = global as unknown as Record<string, unknown>

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error(`${DIST} is missing or incomplete: run \`npx taro build --type weapp\` first`)
  }
}

function installCloud(handler: CloudHandler, calls: CloudCall[], log: PlatformCall[]) {
  const wx = g.wx as Record<string, unknown>
  wx.cloud = {
    init() {},
    async callFunction({ name, data }: CloudCall) {
      calls.push({ name, data })
      log.push({ api: 'cloud.callFunction', args: { name, data }, inTap: handling > 0 })
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

/**
 * A WeChat API played by the test: takes the call's options (without the callbacks) and
 * answers its success result, or throws an error object (`{ errMsg, errno }`) to fail it.
 * It is logged when called; success / fail / complete follow a tick later, as in WeChat.
 */
export type WxApi = (options: Record<string, unknown>) => unknown

function installWxApis(apis: Record<string, WxApi>, log: PlatformCall[]) {
  const wx = g.wx as Record<string, unknown>
  for (const [api, answer] of Object.entries(apis)) {
    wx[api] = (options: Record<string, unknown> = {}) => {
      const { success, fail, complete, ...args } = options as Record<string, (res: unknown) => void> & Record<string, unknown>
      log.push({ api, args, inTap: handling > 0 })
      let outcome: { ok: boolean; res: unknown }
      try {
        outcome = { ok: true, res: { errMsg: `${api}:ok`, ...(answer(args) as object) } }
      } catch (error) {
        outcome = { ok: false, res: error }
      }
      setTimeout(() => {
        if (outcome.ok) (success as ((r: unknown) => void) | undefined)?.(outcome.res)
        else (fail as ((r: unknown) => void) | undefined)?.(outcome.res)
        ;(complete as ((r: unknown) => void) | undefined)?.(outcome.res)
      }, 0)
    }
  }
}

/**
 * Boots the built app (runtime, taro, vendors, common, app) with a stubbed wx.cloud, and the
 * WeChat APIs in `wx` played by the test (installed before the app starts, so Taro sees them).
 * `raw` puts functions on `wx` as they are (listeners such as wx.onNeedPrivacyAuthorization).
 */
export function bootWeapp(handler: CloudHandler, wx: Record<string, WxApi> = {}, raw: Record<string, (...args: never[]) => unknown> = {}): WeappHarness {
  assertBuilt()
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simulate: Simulate = require('miniprogram-simulate') // defines global wx and Component
  const calls: CloudCall[] = []
  const log: PlatformCall[] = []
  const pages: unknown[] = []
  const pending = { route: '', query: {} as Record<string, string> }
  trackEventHandlers()
  installCloud(handler, calls, log)
  installWxApis(wx, log)
  Object.assign(g.wx as object, raw)
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
    log,
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
