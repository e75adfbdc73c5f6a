export default definePageConfig({
  navigationBarTitleText: '发晒单',
  backgroundTextStyle: 'dark',
})
