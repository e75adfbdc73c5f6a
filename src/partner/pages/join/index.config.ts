export default definePageConfig({
  navigationBarTitleText: '加入合作伙伴',
})
