import type { PartnerFigures } from '@shared/api'

export interface FigureCell {
  key: string
  label: string
  value: string
  /** One line: what the figure counts. */
  note: string
}

/** A rate 0..1 as a percentage with at most one decimal: 0.4567 → 45.7%. */
export function percentText(rate: number): string {
  const tenths = Math.round(Math.min(1, Math.max(0, rate)) * 1000)
  return `${tenths % 10 ? (tenths / 10).toFixed(1) : tenths / 10}%`
}

/** The console's figures, in the order a partner reads them, each with its definition. */
export function figureCells(f: PartnerFigures): FigureCell[] {
  return [
    { key: 'issued', label: '已发券', value: String(f.vouchersIssued), note: '会员买指定商品后收到的本店券' },
    { key: 'redeemed', label: '已核销', value: String(f.vouchersRedeemed), note: '在本店核销（到店使用）的券' },
    { key: 'rate', label: '核销率', value: percentText(f.redemptionRate), note: '已核销 ÷ 已发券' },
    { key: 'visitors', label: '新到店会员', value: String(f.newVisitors), note: '第一次因券或活动来本店的会员' },
    { key: 'visitors-month', label: '本月新到店', value: String(f.newVisitorsThisMonth), note: '本自然月（北京时间）首次到店' },
    { key: 'events', label: '举办活动', value: String(f.events), note: '本店发起的线下活动场数' },
    { key: 'attendance', label: '活动签到', value: f.signups ? `${f.attendance}/${f.signups}` : String(f.attendance), note: '已结束活动：签到人数 / 报名人数' },
  ]
}
