import { Picker, Text, View } from '@tarojs/components'

export interface PollTimeFieldProps {
  name: string
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
}

/** A date and a time picker side by side (Shanghai time). */
export function PollTimeField({ name, date, time, onDate, onTime }: PollTimeFieldProps) {
  return (
    <View className={`poll-form__time poll-form__time--${name}`}>
      <Picker mode='date' value={date} onChange={(e) => onDate(String(e.detail.value))}>
        <Text className='poll-form__time-value'>{date || '选择日期'}</Text>
      </Picker>
      <Picker mode='time' value={time} onChange={(e) => onTime(String(e.detail.value))}>
        <Text className='poll-form__time-value'>{time || '选择时间'}</Text>
      </Picker>
    </View>
  )
}
