export default definePageConfig({
  navigationBarTitleText: '自提点核销',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
