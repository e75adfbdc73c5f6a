import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { FormField } from '@/components/form-field'
import { REASON_MAX, type ApplicationErrors, type ApplicationForm } from './application-form'

export interface ApplyFormProps {
  form: ApplicationForm
  errors: ApplicationErrors
  submitting: boolean
  refiling: boolean
  onChange: (key: keyof ApplicationForm, value: string) => void
  onSubmit: () => void
}

/** 真实姓名 and 申请理由, checked before sending. */
export function ApplyForm({ form, errors, submitting, refiling, onChange, onSubmit }: ApplyFormProps) {
  return (
    <View className='apply-form'>
      <Text className='apply-form__title'>{refiling ? '重新申请' : '填写申请'}</Text>
      <FormField block='apply-form' label='真实姓名' error={errors.realName}>
        <Input
          className='apply-form__input leader-apply__name'
          value={form.realName}
          maxlength={20}
          placeholder='与微信实名一致，提现时核对'
          placeholderClass='apply-form__placeholder'
          onInput={(e) => onChange('realName', e.detail.value)}
        />
      </FormField>
      <FormField block='apply-form' label='申请理由' count={`${form.reason.trim().length}/${REASON_MAX}`} error={errors.reason}>
        <Textarea
          className='apply-form__textarea leader-apply__reason'
          value={form.reason}
          maxlength={REASON_MAX}
          placeholder='说说你的社群：在哪个小区或群、多少人、平时怎么分享好物'
          placeholderClass='apply-form__placeholder'
          onInput={(e) => onChange('reason', e.detail.value)}
        />
      </FormField>
      <Button className='leader-apply__submit' disabled={submitting || undefined} onClick={onSubmit}>
        {submitting ? '提交中…' : '提交申请'}
      </Button>
      <Text className='apply-form__note'>提交后品牌会尽快审核，结果在这里查看</Text>
    </View>
  )
}
