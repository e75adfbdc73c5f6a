export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 会员',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
