import type { DashboardSection, PeriodView } from '@shared/api'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { Chart } from '@/admin/components/chart'
import { sectionChart } from '@/admin/dashboard-charts'
import { BreakdownTable } from './breakdown-table'
import { MetricGrid } from './metric-grid'

export interface SectionCardProps {
  section: DashboardSection
  periods: PeriodView[]
  /** What follows the section's own chart (the leader funnel). */
  children?: ReactNode
}

/** One section of the dashboard: its figures, its chart over the periods, its breakdown. */
export function SectionCard({ section, periods, children }: SectionCardProps) {
  const [openKey, setOpenKey] = useState<string | null>(null)
  const chart = sectionChart(section, periods)
  return (
    <View className='dash-section' data-section={section.key}>
      <Text className='dash-section__title'>{section.title}</Text>
      <MetricGrid metrics={section.metrics} openKey={openKey} onToggle={(key) => setOpenKey(key === openKey ? null : key)} />
      {chart && periods.length > 1 ? <Chart id={`dash-chart-${section.key}`} spec={chart} /> : null}
      {section.table ? <BreakdownTable table={section.table} /> : null}
      {children}
    </View>
  )
}
