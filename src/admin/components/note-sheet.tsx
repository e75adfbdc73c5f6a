import { Text, Textarea, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import './note-sheet.scss'
import { FormActions } from './form-actions'

export interface NoteSheetProps {
  title: string
  /** What is being decided: who, how much, … */
  lines: string[]
  /** Ask for a note (shown to the applicant or the leader); left out when there is nothing to say. */
  note?: { label: string; placeholder: string; required: boolean }
  confirmText: string
  tone: 'green' | 'berry'
  busy: boolean
  onConfirm: (note: string) => void
  onCancel: () => void
  /** More to decide, under the lines (a checkbox, say). */
  extra?: ReactNode
}

/** A bottom sheet to confirm a review (approve / reject), with an optional note. */
export function NoteSheet({ title, lines, note, confirmText, tone, busy, onConfirm, onCancel, extra }: NoteSheetProps) {
  const [text, setText] = useState('')
  const [missing, setMissing] = useState(false)
  const confirm = () => {
    if (note?.required && text.trim().length < 2) {
      setMissing(true)
      return
    }
    onConfirm(text.trim())
  }
  return (
    <View className='note-sheet' catchMove>
      <View className='note-sheet__mask' onClick={busy ? undefined : onCancel} />
      <View className='note-sheet__panel'>
        <Text className='note-sheet__title'>{title}</Text>
        <View className='note-sheet__lines'>
          {lines.map((line) => (
            <Text key={line} className='note-sheet__line'>
              {line}
            </Text>
          ))}
        </View>
        {extra}
        {note ? (
          <View className={`note-sheet__field ${missing ? 'note-sheet__field--invalid' : ''}`}>
            <Text className='note-sheet__label'>{note.label}</Text>
            <Textarea
              className='note-sheet__input'
              value={text}
              maxlength={200}
              placeholder={note.placeholder}
              placeholderClass='note-sheet__placeholder'
              onInput={(e) => {
                setText(e.detail.value)
                setMissing(false)
              }}
            />
            {missing ? <Text className='note-sheet__error'>请写下原因（至少 2 个字），对方会看到</Text> : null}
          </View>
        ) : null}
        <FormActions block='note-sheet' confirm='confirm' confirmClassName={`note-sheet__confirm--${tone}`} busy={busy} text={confirmText} busyText='处理中…' onCancel={onCancel} onConfirm={confirm} />
      </View>
    </View>
  )
}
