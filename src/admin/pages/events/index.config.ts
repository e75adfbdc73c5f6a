export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 线下活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
