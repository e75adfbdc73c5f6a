export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 共创运营',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
