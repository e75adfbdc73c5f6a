export default definePageConfig({
  navigationBarTitleText: '编辑共创计划',
})
