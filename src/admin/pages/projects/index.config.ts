export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 共创计划',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
