import { Text } from '@tarojs/components'
import type { Fen } from '@shared/domain/money'
import { formatYuan, yuanDigits } from '@/utils/format'
import './price.scss'

export interface PriceProps {
  fen: Fen
  size?: 'sm' | 'md' | 'lg' | 'xl'
  className?: string
}

/** A group price: small ¥, big digits, in the berry accent. */
export function Price({ fen, size = 'md', className = '' }: PriceProps) {
  return (
    <Text className={`price price--${size} ${className}`}>
      <Text className='price__symbol'>¥</Text>
      <Text className='price__value'>{yuanDigits(fen)}</Text>
    </Text>
  )
}

/** A list price shown struck through next to the group price. */
export function StrikePrice({ fen, className = '' }: { fen: Fen; className?: string }) {
  return <Text className={`price-strike ${className}`}>{formatYuan(fen)}</Text>
}
