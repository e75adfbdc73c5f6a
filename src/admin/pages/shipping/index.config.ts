export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 发货',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
