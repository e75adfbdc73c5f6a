import { Picker, Text, View } from '@tarojs/components'

export interface DateTimeFieldProps {
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
}

/** A date picker and a time picker side by side (Shanghai time). */
export function DateTimeField({ date, time, onDate, onTime }: DateTimeFieldProps) {
  return (
    <View className='date-time'>
      <Picker mode='date' value={date} onChange={(e) => onDate(String(e.detail.value))}>
        <Text className='date-time__value'>{date || '选择日期'}</Text>
      </Picker>
      <Picker mode='time' value={time} onChange={(e) => onTime(String(e.detail.value))}>
        <Text className='date-time__value'>{time || '选择时间'}</Text>
      </Picker>
    </View>
  )
}
