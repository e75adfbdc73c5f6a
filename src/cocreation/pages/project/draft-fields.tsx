import { Text, Textarea, View } from '@tarojs/components'
import { PhotoPicker } from '@/components/photo-picker'
import type { useDraft } from './use-draft'

export interface DraftFieldsProps {
  draft: ReturnType<typeof useDraft>
  /** The block's name: `<block>__textarea`, `<block>__error`. */
  block: string
  placeholder: string
  max: number
  maxPhotos: number
}

/** The text box and the photos of a contribution, with the reason it was refused. */
export function DraftFields({ draft, block, placeholder, max, maxPhotos }: DraftFieldsProps) {
  return (
    <View className='draft-fields'>
      <Textarea
        className={`draft-fields__textarea ${block}__textarea`}
        value={draft.text}
        maxlength={max}
        placeholder={placeholder}
        placeholderClass='draft-fields__placeholder'
        onInput={(e) => draft.setText(e.detail.value)}
      />
      <Text className='draft-fields__count'>
        {draft.text.trim().length}/{max}
      </Text>
      <PhotoPicker photos={draft.photos.photos} onPick={draft.photos.pick} onRemove={draft.photos.remove} onRetry={draft.photos.retry} max={maxPhotos} />
      {draft.error ? <Text className={`draft-fields__error ${block}__error`}>{draft.error}</Text> : null}
    </View>
  )
}
