import { Button, View } from '@tarojs/components'

export interface FormActionsProps {
  /** The form's BEM block: `${block}__actions` holds `${block}__cancel` and the confirm button. */
  block: string
  /** The confirm button's element (`${block}__save` …): styles and tests find it by it. */
  confirm?: 'save' | 'confirm' | 'submit'
  /** Extra classes on the confirm button. */
  confirmClassName?: string
  busy: boolean
  /** The confirm button is off (besides while busy). */
  disabled?: boolean
  text: string
  busyText: string
  onCancel: () => void
  onConfirm: () => void
}

/** 取消 beside the form's confirm button; both off while it is busy. */
export function FormActions({ block, confirm = 'save', confirmClassName, busy, disabled, text, busyText, onCancel, onConfirm }: FormActionsProps) {
  return (
    <View className={`${block}__actions`}>
      <Button className={`${block}__cancel`} disabled={busy || undefined} onClick={onCancel}>
        取消
      </Button>
      <Button className={`${block}__${confirm}${confirmClassName ? ` ${confirmClassName}` : ''}`} disabled={busy || disabled || undefined} onClick={onConfirm}>
        {busy ? busyText : text}
      </Button>
    </View>
  )
}
