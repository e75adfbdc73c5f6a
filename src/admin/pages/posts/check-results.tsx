import { Text, View } from '@tarojs/components'
import type { PostCheckView } from '@shared/api'
import { Tag } from '@/components/tag'
import { checkLabelText, flaggedPhotos, needsAttention, photosVerdictLine, verdictChip } from '@/admin/post-checks'

/** What the content check said: the text's verdict, the photos' verdicts; a label wherever the check flagged something. */
export function CheckResults({ checks }: { checks: PostCheckView }) {
  const text = verdictChip(checks.text?.verdict)
  const flagged = flaggedPhotos(checks.images)
  return (
    <View className='mod-checks'>
      <View className='mod-checks__row' data-check='text'>
        <Text className='mod-checks__what'>文字</Text>
        <Tag tone={text.tone}>{text.label}</Tag>
        {checks.text?.label && needsAttention(checks.text.verdict) ? <Text className='mod-checks__label'>{checkLabelText(checks.text.label)}</Text> : null}
      </View>
      {checks.images.length ? (
        <View className='mod-checks__row' data-check='images'>
          <Text className='mod-checks__what'>图片</Text>
          <Text className='mod-checks__label'>{photosVerdictLine(checks.images)}</Text>
        </View>
      ) : null}
      {flagged.map((c) => {
        const chip = verdictChip(c.verdict)
        return (
          <View key={c.fileId} className='mod-checks__row mod-checks__row--photo' data-check='image'>
            <Text className='mod-checks__what'>第 {c.n} 张</Text>
            <Tag tone={chip.tone}>{chip.label}</Tag>
            {c.label ? <Text className='mod-checks__label'>{checkLabelText(c.label)}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
