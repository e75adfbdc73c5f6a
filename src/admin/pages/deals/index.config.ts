export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 拼团活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
