import type { BreakdownTable as Table } from '@shared/api'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { figureText } from '@/admin/dashboard-figures'

const FIRST_ROWS = 5

function cellText(value: string | number | null, unit: Table['columns'][number]['unit']): string {
  if (unit === 'text') return value === null ? '' : String(value)
  return figureText(typeof value === 'number' ? value : null, unit)
}

/** A section's breakdown over the whole range (by deal, partner, project, tier): the first rows, then all. */
export function BreakdownTable({ table }: { table: Table }) {
  const [all, setAll] = useState(false)
  if (!table.rows.length) return null
  const rows = all ? table.rows : table.rows.slice(0, FIRST_ROWS)
  return (
    <View className='dash-table'>
      <View className='dash-table__row dash-table__row--head'>
        {table.columns.map((c, i) => (
          <Text key={c.key} className={`dash-table__cell ${i === 0 ? 'dash-table__cell--name' : ''}`}>
            {c.label}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} className='dash-table__row'>
          {table.columns.map((c, i) => (
            <Text key={c.key} className={`dash-table__cell ${i === 0 ? 'dash-table__cell--name' : ''}`}>
              {cellText(row[c.key] ?? null, c.unit)}
            </Text>
          ))}
        </View>
      ))}
      {table.rows.length > FIRST_ROWS ? (
        <Text className='dash-table__more' onClick={() => setAll(!all)}>
          {all ? '收起' : `查看全部 ${table.rows.length} 行`}
        </Text>
      ) : null}
    </View>
  )
}
