export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 合作伙伴',
  enableShareAppMessage: true,
})
