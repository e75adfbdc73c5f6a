import { Button, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

export type ApplyTone = 'amber' | 'green' | 'berry' | 'plain'

export interface ApplyStatusProps {
  /** The page's BEM block (`${block}--${stage}`, `${block}__label` …); styled by the apply-status mixin. */
  block: string
  stage: string
  /** Extra classes on the card (another block sharing it). */
  className?: string
  label: string
  tone: ApplyTone
  title: string
  text?: string
  /** The brand's note, in a box of its tone. */
  note?: { text: string; tone: ApplyTone } | null
  /** What was filed, one line each. */
  filed?: string[] | null
  /** The way on: its label, its extra class, its tap. */
  action?: { text: string; className: string; onClick: () => void } | null
}

/** Where an application stands (its label, title and text; then `children`), what was filed, and the way on. */
export function ApplyStatus({ block, stage, className, label, tone, title, text, note, filed, action, children }: PropsWithChildren<ApplyStatusProps>) {
  return (
    <View className={`${block} ${block}--${stage}${className ? ` ${className}` : ''}`}>
      <Text className={`${block}__label ${block}__label--${tone}`}>{label}</Text>
      <Text className={`${block}__title`}>{title}</Text>
      {text ? <Text className={`${block}__text`}>{text}</Text> : null}
      {children}
      {note ? <Text className={`${block}__note ${block}__note--${note.tone}`}>{note.text}</Text> : null}
      {filed?.length ? (
        <View className={`${block}__filed`}>
          {filed.map((line) => (
            <Text key={line} className={`${block}__filed-line`}>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
      {action ? (
        <Button className={`${block}__action ${action.className}`} onClick={action.onClick}>
          {action.text}
        </Button>
      ) : null}
    </View>
  )
}
