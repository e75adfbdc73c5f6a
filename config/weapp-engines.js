// The engines the weapp build is written for: the JS syntax babel leaves as it is and the CSS
// prefixes autoprefixer adds (package.json's browserslist, iOS 8 and Android 4.1 browsers, stays
// for h5). WeChat's guide ("JavaScript 支持情况") derives the target from the lowest base library:
// base library 2.15.0 already needs WeChat 7.0.20 on iOS, which needs iOS 10, and this app needs
// newer ones (lazyCodeLoading 2.11.1, the privacy APIs 2.32.3). On Android the logic layer runs in
// V8 and pages in Chromium-based XWeb; Chrome 53 is a low floor for both. async/await is still
// compiled (to generators, which these engines have), so awaits keep WeChat's Promise and its timing.
module.exports = { WEAPP_BROWSERS: ['ios >= 10', 'chrome >= 53'] };
