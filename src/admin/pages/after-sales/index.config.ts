export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 售后',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
