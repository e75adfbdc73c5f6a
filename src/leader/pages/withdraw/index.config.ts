export default definePageConfig({
  navigationBarTitleText: '提现',
  backgroundTextStyle: 'dark',
})
