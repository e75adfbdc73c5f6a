export default definePageConfig({
  navigationBarTitleText: '共创计划',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  // Shared to a chat (useShareAppMessage) and to 朋友圈 (useShareTimeline), carrying the sharer's code.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
