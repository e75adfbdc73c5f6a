export default definePageConfig({
  navigationBarTitleText: '征集活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
