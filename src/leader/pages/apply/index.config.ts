export default definePageConfig({
  navigationBarTitleText: '申请成为团长',
  backgroundTextStyle: 'dark',
})
