import { Text, View } from '@tarojs/components'
import type { CheckInCalendar } from '@shared/api'
import { monthGrid, monthTitle, WEEKDAYS } from '@/utils/month-grid'

export interface MonthCalendarProps {
  calendar: Pick<CheckInCalendar, 'month' | 'days'>
  /** Today, `yyyymmdd` (Asia/Shanghai). */
  today: string
  canNext: boolean
  loading: boolean
  onPrev: () => void
  onNext: () => void
}

/** A month with its checked-in days marked; arrows to the months before (and back). */
export function MonthCalendar({ calendar, today, canNext, loading, onPrev, onNext }: MonthCalendarProps) {
  const checked = new Set(calendar.days.map((d) => d.day))
  return (
    <View className={`check-in-card month-calendar ${loading ? 'month-calendar--loading' : ''}`}>
      <View className='month-calendar__head'>
        <Text className='month-calendar__arrow month-calendar__prev' onClick={onPrev}>
          ‹
        </Text>
        <View className='month-calendar__title-box'>
          <Text className='month-calendar__title'>{monthTitle(calendar.month)}</Text>
          <Text className='month-calendar__count'>本月签到 {calendar.days.length} 天</Text>
        </View>
        <Text className={`month-calendar__arrow month-calendar__next ${canNext ? '' : 'month-calendar__arrow--off'}`} onClick={canNext ? onNext : undefined}>
          ›
        </Text>
      </View>
      <View className='month-calendar__week month-calendar__weekdays'>
        {WEEKDAYS.map((d) => (
          <Text key={d} className='month-calendar__weekday'>
            {d}
          </Text>
        ))}
      </View>
      {monthGrid(calendar.month).map((week, w) => (
        <View key={w} className='month-calendar__week'>
          {week.map((cell, i) => {
            if (!cell) return <View key={`pad-${i}`} className='month-calendar__day month-calendar__day--pad' />
            const classes = [
              'month-calendar__day',
              checked.has(cell.key) ? 'month-calendar__day--checked' : '',
              cell.key === today ? 'month-calendar__day--today' : '',
              cell.key > today ? 'month-calendar__day--future' : '',
            ]
            return (
              <View key={cell.key} className={classes.join(' ')} data-day={cell.key}>
                <Text className='month-calendar__date'>{cell.date}</Text>
              </View>
            )
          })}
        </View>
      ))}
      <View className='month-calendar__legend'>
        <View className='month-calendar__legend-dot month-calendar__legend-dot--checked' />
        <Text className='month-calendar__legend-text'>已签到</Text>
        <View className='month-calendar__legend-dot month-calendar__legend-dot--today' />
        <Text className='month-calendar__legend-text'>今天</Text>
      </View>
    </View>
  )
}
