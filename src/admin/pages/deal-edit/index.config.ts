export default definePageConfig({
  navigationBarTitleText: '编辑拼团活动',
})
