export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 内容审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
