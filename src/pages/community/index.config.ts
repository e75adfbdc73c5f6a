export default definePageConfig({
  navigationBarTitleText: '社区晒单',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
