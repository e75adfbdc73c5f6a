import { BRAND } from '@/constants/brand'

/** The policy's date: change it (and tell members) whenever what is collected changes. */
export const POLICY_UPDATED = '2026 年 12 月 2 日'

/** Where members reach the brand about their data. Replace with the brand's own before publishing (README: deployment checklist). */
export const PRIVACY_CONTACT = { email: 'privacy@yuanyelife.cn', replyDays: 15 } as const

/** One kind of information: what, what for, and when it is used. */
export interface PolicyUse {
  what: string
  why: string
}

export const USES: PolicyUse[] = [
  { what: '微信身份标识（openid）', why: '识别你的账户，让订单、积分、晒单只属于你。打开小程序时自动获得，不含你的微信号。' },
  { what: '头像和昵称', why: '你在「编辑资料」里设置后，显示在晒单、拼团、评论和活动名单里。昵称会经过内容安全检查。' },
  { what: '相册中的照片、相机', why: '只在你晒单、申请售后、更换头像或参与共创时，上传你亲自选中或拍摄的照片；不会读取其他照片。' },
  { what: '保存到相册', why: '只在你点「保存海报」时，把分享海报存入相册。' },
  { what: '剪贴板', why: '只在你点「复制」时写入单号、链接或分销码；我们不读取你的剪贴板。' },
  { what: '收货地址（姓名、手机号、地址）', why: '用于快递发货和联系收货，可手动填写或从微信地址导入；只有你和品牌发货人员能看到。' },
  { what: '真实姓名', why: '只在你申请成为团长时填写，用于审核资格，以及佣金通过微信商家转账打到你的零钱时核对实名。' },
  { what: '晒单、评论、投票和共创内容', why: '你发布后向社区展示；文字和图片会经过微信内容安全检查，违规内容不会公开。' },
  { what: '订单和支付记录', why: '用于拼团、发货、售后和退款。支付在微信支付内完成，我们拿不到你的银行卡信息。' },
  { what: '相机扫码（仅门店店员）', why: '店员核销卡券、取货码或活动签到时扫描会员出示的二维码。' },
]

export const NOT_COLLECTED = '我们不获取你的位置、通讯录、微信好友关系或手机号（除非你在收货地址里填写）。'

export interface PolicySection {
  title: string
  paragraphs: string[]
}

export const SECTIONS: PolicySection[] = [
  {
    title: '订阅消息',
    paragraphs: ['成团结果、卡券到期等提醒，只在你点了「允许」后发送，每次同意只发送一条。你可以在右上角「···→设置→通知管理」中随时关闭。'],
  },
  {
    title: '保存多久',
    paragraphs: [
      '账户资料（头像、昵称、等级、积分）保存到你注销账户为止。',
      '收货地址保存到你删除为止；晒单、评论和照片保存到你删除或注销为止。',
      '订单、支付和退款记录依《电子商务法》自交易完成起保存不少于三年，期满后删除或匿名化。',
      '团长的实名和佣金记录保存到合作结束后三年，用于对账和税务。',
    ],
  },
  {
    title: '谁会看到',
    paragraphs: [
      '你的昵称、头像和公开发布的内容，社区里的其他成员可以看到。',
      '为提供服务，数据存放在腾讯云开发（云数据库和云存储），支付和转账由微信支付处理，快递公司只拿到发货所需的收件信息，合作门店只看到核销所需的卡券信息。',
      `我们不会出售你的个人信息，也不会用于「${BRAND.name}」社区之外的用途。`,
    ],
  },
  {
    title: '查看、修改和删除',
    paragraphs: [
      '头像和昵称：我的 → 点头像 → 编辑资料。',
      '收货地址：我的 → 收货地址，可修改或删除。',
      '晒单：我的 → 我的晒单，可删除自己的晒单。',
      `注销账户或删除其他数据：按下方方式联系我们，核实身份后 ${PRIVACY_CONTACT.replyDays} 个工作日内处理；注销后你的资料会被删除，依法需要保留的交易记录除外。`,
    ],
  },
  {
    title: '未成年人',
    paragraphs: ['未满 14 周岁的朋友，请在监护人同意和陪同下使用。'],
  },
]
