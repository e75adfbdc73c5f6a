export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 投票',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
