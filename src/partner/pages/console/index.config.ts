export default definePageConfig({
  navigationBarTitleText: '合作伙伴工作台',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
