export default definePageConfig({
  navigationBarTitleText: '晒单',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
