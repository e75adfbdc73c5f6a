export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 征集活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
