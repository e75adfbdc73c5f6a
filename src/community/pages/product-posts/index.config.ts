export default definePageConfig({
  navigationBarTitleText: '买家晒单',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
