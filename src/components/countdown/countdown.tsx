import { Text } from '@tarojs/components'
import { useNow } from '@/hooks/use-now'
import { formatCountdown } from '@/utils/format'

export interface CountdownProps {
  /** ISO time the countdown runs to. */
  to: string
  className?: string
  endedText?: string
}

/** Time left until `to`, ticking every second. */
export function Countdown({ to, className = '', endedText = '已结束' }: CountdownProps) {
  const deadline = Date.parse(to)
  const now = useNow(1000, deadline > Date.now())
  const left = deadline - now
  return <Text className={`countdown ${className}`}>{left > 0 ? formatCountdown(left) : endedText}</Text>
}
