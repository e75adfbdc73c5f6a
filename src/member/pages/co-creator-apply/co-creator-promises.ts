/**
 * What a 共创官 is promised on the application page: only what exists today (共创计划's ideas,
 * proposals, 内测 reports and rewards; the brand's polls; a distribution code and commission).
 */
export const CO_CREATOR_PROMISES = [
  {
    key: 'create',
    title: '参与共创计划',
    text: '品牌发起的共创计划里提想法、为好想法赞同；报名入选产品共创官后提交配方和包装方案，试吃内测样品写报告，上市后按贡献分享奖励',
  },
  { key: 'vote', title: '为新品投票', text: '参与品牌发起的新品投票，你投的选项被采纳为新品时，你会记为共创者并获得成长值' },
  { key: 'code', title: '专属分销码', text: '审核通过立即获得，分享的名片和海报都带着它，好友打开即绑定' },
  { key: 'earn', title: '15% 分享佣金', text: '好友通过你下单并成团，你得实付金额的 15%，售后期满可提现' },
]
