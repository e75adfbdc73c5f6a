export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 分销',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
