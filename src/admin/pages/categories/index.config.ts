export default definePageConfig({
  navigationBarTitleText: '品牌管理 · 商品分类',
})
