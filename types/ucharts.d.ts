// @qiun/ucharts ships plain JavaScript: draws on the 2d context passed in `opts.context` when constructed.
declare module '@qiun/ucharts' {
  export default class uCharts {
    constructor(opts: Record<string, unknown>)
    updateData(data: Record<string, unknown>): void
    /** 'renderComplete' fires once drawn (uCharts draws in a timer, even without animation). */
    addEventListener(type: 'renderComplete', listener: () => void): void
  }
}
