export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 数据看板',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
