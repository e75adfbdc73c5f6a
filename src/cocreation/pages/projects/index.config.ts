export default definePageConfig({
  navigationBarTitleText: '共创计划',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
