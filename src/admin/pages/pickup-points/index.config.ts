export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 自提点',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
