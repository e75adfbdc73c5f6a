export default definePageConfig({
  navigationBarTitleText: '拼团详情',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
  // 分享到朋友圈 (useShareTimeline in the page).
  enableShareTimeline: true,
})
