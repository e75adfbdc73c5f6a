import { Button, Text, View } from '@tarojs/components'

/** A clear success, and 继续核销. */
export function VerifyDone({ title, note, onNext }: { title: string; note: string; onNext: () => void }) {
  return (
    <View className='code-verify code-verify__done'>
      <View className='code-verify__tick'>✓</View>
      <Text className='code-verify__done-title'>{title}</Text>
      <Text className='code-verify__done-note'>{note}</Text>
      <Button className='code-verify__next' onClick={onNext}>
        继续核销
      </Button>
    </View>
  )
}
