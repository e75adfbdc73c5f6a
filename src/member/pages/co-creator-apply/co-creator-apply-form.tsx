import { Button, Text, Textarea, View } from '@tarojs/components'
import { FormField } from '@/components/form-field'
import { Charter } from './charter'
import { STATEMENT_MAX, type CoCreatorErrors, type CoCreatorForm } from './co-creator-form'
import { ExpertisePicker } from './expertise-picker'

export interface CoCreatorApplyFormProps {
  form: CoCreatorForm
  errors: CoCreatorErrors
  submitting: boolean
  refiling: boolean
  onChange: <K extends keyof CoCreatorForm>(key: K, value: CoCreatorForm[K]) => void
  onSubmit: () => void
}

/** The statement, the expertise, the charter and the consent, checked before sending. */
export function CoCreatorApplyForm({ form, errors, submitting, refiling, onChange, onSubmit }: CoCreatorApplyFormProps) {
  return (
    <View className='co-form'>
      <Text className='co-form__title'>{refiling ? '重新申请' : '填写申请'}</Text>
      <FormField block='co-form' label='申请陈述' count={`${form.statement.trim().length}/${STATEMENT_MAX}`} error={errors.statement}>
        <Textarea
          className='co-form__textarea co-apply__statement'
          value={form.statement}
          maxlength={STATEMENT_MAX}
          placeholder='你为什么想成为共创官？平时怎么吃、怎么分享，想和品牌一起做什么新品'
          placeholderClass='co-form__placeholder'
          onInput={(e) => onChange('statement', e.detail.value)}
        />
      </FormField>
      <FormField block='co-form' label='擅长领域（1–5 个）' error={errors.expertise}>
        <ExpertisePicker value={form.expertise} onChange={(tags) => onChange('expertise', tags)} />
      </FormField>
      <Charter />
      <View
        className={`co-apply__consent ${form.agreed ? 'co-apply__consent--on' : ''} ${errors.agreed ? 'co-apply__consent--invalid' : ''}`}
        onClick={() => onChange('agreed', !form.agreed)}
      >
        <View className='co-apply__check'>{form.agreed ? <Text className='co-apply__tick'>✓</Text> : null}</View>
        <Text className='co-apply__consent-text'>我已阅读并同意《共创者公约》</Text>
      </View>
      {errors.agreed ? <Text className='co-form__error'>{errors.agreed}</Text> : null}
      <Button className='co-apply__submit' disabled={submitting || undefined} onClick={onSubmit}>
        {submitting ? '提交中…' : '提交申请'}
      </Button>
      <Text className='co-form__note'>品牌会在 3 个工作日内审核，结果在这里查看</Text>
    </View>
  )
}
