import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { WEAPP_BROWSERS } from './weapp-engines'

const root = path.resolve(__dirname, '..')
const isH5 = process.env.TARO_ENV === 'h5'

/**
 * The CloudBase environment id used by `Taro.cloud.init` on weapp. Set CLOUD_ENV at build
 * time for a real environment; the default only names the local cloud.
 */
const cloudEnv = process.env.CLOUD_ENV || 'gongying-local'

/**
 * WeChat Pay's merchant id and the mini-program's AppID, for 确认收款
 * (wx.requestMerchantTransfer). Set WXPAY_MCHID / WXPAY_APPID at build time; empty by
 * default (the AppID then comes from the running mini-program).
 */
const wxpayMchId = process.env.WXPAY_MCHID || ''
/** The subscription-message template the group-result notice uses (WX_TMPL_GROUP_RESULT); empty: none asked for. */
const groupResultTemplate = process.env.WX_TMPL_GROUP_RESULT || ''
/** The template of the voucher-expiring reminder (WX_TMPL_VOUCHER_EXPIRING), asked for on a voucher's 到期提醒; empty: none. */
const voucherExpiringTemplate = process.env.WX_TMPL_VOUCHER_EXPIRING || ''
/** The template of 评论提醒 (WX_TMPL_POST_COMMENTED), asked for when a member publishes a post; empty: none. */
const postCommentedTemplate = process.env.WX_TMPL_POST_COMMENTED || ''
/** The template of the 待确认收款 reminder (WX_TMPL_TRANSFER_CONFIRM), asked for in the 提现 tap; empty: none. */
const transferConfirmTemplate = process.env.WX_TMPL_TRANSFER_CONFIRM || ''
const wxpayAppId = process.env.WXPAY_APPID || ''

// The wire contract and error codes live with the cloud functions and are compiled into the app too.
const sharedSources = [path.join(root, 'cloudfunctions/shared')]

const alias = {
  '@': path.join(root, 'src'),
  '@shared': path.join(root, 'cloudfunctions/shared'),
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gongying',
    date: '2025-11-21',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // H5_DIR / WEAPP_DIR build the apps elsewhere (npm start serves the same H5_DIR), e.g. to keep two builds apart.
    outputRoot: isH5 ? process.env.H5_DIR || 'dist-h5' : process.env.WEAPP_DIR || 'dist',
    plugins: [],
    alias,
    defineConstants: {
      CLOUD_ENV: JSON.stringify(cloudEnv),
      WXPAY_MCHID: JSON.stringify(wxpayMchId),
      WXPAY_APPID: JSON.stringify(wxpayAppId),
      WX_TMPL_GROUP_RESULT: JSON.stringify(groupResultTemplate),
      WX_TMPL_VOUCHER_EXPIRING: JSON.stringify(voucherExpiringTemplate),
      WX_TMPL_POST_COMMENTED: JSON.stringify(postCommentedTemplate),
      WX_TMPL_TRANSFER_CONFIRM: JSON.stringify(transferConfirmTemplate),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // weapp: Chinese text stays UTF-8 in the scripts instead of six-byte \u escapes (terser's
    // ascii_only, Taro's default, costs about 3 KB per 1,000 characters); safari10 keeps the
    // mangled names clear of iOS 10's let/loop bugs now that ES2015 syntax stays as written.
    ...(isH5 ? {} : { terser: { enable: true, config: { safari10: true, output: { ascii_only: false } } } }),
    mini: {
      compile: { include: sharedSources },
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // Prefixes for WeChat's engines only (no -ms-, no old-flexbox -webkit-): about a quarter of the WXSS.
        autoprefixer: { enable: true, config: { overrideBrowserslist: WEAPP_BROWSERS } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: sharedSources },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // A phone web app served locally: bundle size is watched on weapp, where it matters.
        chain.performance.hints(false)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
