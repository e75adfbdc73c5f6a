export default definePageConfig({
  navigationBarTitleText: '团长中心',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
