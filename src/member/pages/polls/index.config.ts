export default definePageConfig({
  navigationBarTitleText: '社群投票',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
