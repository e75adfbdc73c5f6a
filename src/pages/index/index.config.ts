export default definePageConfig({
  navigationBarTitleText: '原野生活 · 拼团',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
