export default definePageConfig({
  navigationBarTitleText: '申请成为共创官',
  backgroundTextStyle: 'dark',
})
