/** The product pictures already in cloud storage that a deal can use. */
const BUCKET = 'cloud://gongying-local.local-bucket/products/'

export const PRODUCT_IMAGES: { fileId: string; name: string }[] = [
  ['morning-bowl', '能量碗'],
  ['oat-crisps', '燕麦脆'],
  ['cold-press-juice', '果蔬汁'],
  ['quinoa-salad', '藜麦沙拉'],
  ['grain-box', '杂粮礼盒'],
  ['yogurt-cup', '酸奶杯'],
  ['daily-nuts', '每日坚果'],
  ['wholewheat-bread', '全麦面包'],
].map(([slug, name]) => ({ fileId: `${BUCKET}${slug}.png`, name }))
