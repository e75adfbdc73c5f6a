import { Button, Input, Text, View } from '@tarojs/components'
import { NICKNAME_MAX } from '@shared/domain/profile'
import { FormField } from '@/components/form-field'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openPrivacyPolicy } from '@/routes'
import { AvatarChoice } from './avatar-choice'
import { useProfileEdit } from './use-profile-edit'
import './index.scss'

/** 编辑资料 (头像昵称), opened from 我的: the avatar and nickname others see in the community. */
export default function ProfilePage() {
  const p = useProfileEdit()
  if (p.loadError) {
    return (
      <PageShell className='profile-page'>
        <StatusView kind='error' title='加载失败' message={p.loadError} actionText='重试' onAction={p.reload} />
      </PageShell>
    )
  }
  return (
    <PageShell className='profile-page'>
      <PageHead title='头像和昵称' note='会显示在你的晒单、拼团和评论里' />
      {!p.saved ? (
        <View className='profile-form profile-form--loading skeleton-block' />
      ) : (
        <View className='profile-form'>
          <AvatarChoice
            saved={p.saved.avatar}
            name={p.saved.nickname}
            picked={p.draft.pickedAvatar}
            error={p.error?.on === 'avatar' ? p.error.message : undefined}
            onChosen={p.setAvatar}
            onPick={p.pickAvatar}
          />
          <FormField
            block='profile-form'
            name='nickname'
            label='昵称'
            count={`${[...p.draft.nickname.trim()].length}/${NICKNAME_MAX}`}
            hint='可用微信昵称，或起一个新名字；不能冒充品牌官方'
            error={p.error?.on === 'nickname' ? p.error.message : undefined}
          >
            <Input
              className='profile-form__input profile-form__nickname'
              type='nickname'
              value={p.draft.nickname}
              maxlength={NICKNAME_MAX}
              placeholder='请输入昵称'
              placeholderClass='profile-form__placeholder'
              onInput={(e) => p.setNickname(e.detail.value)}
              onBlur={(e) => p.setNickname(e.detail.value)}
            />
          </FormField>
          {p.error?.on === 'form' ? <Text className='profile-form__server-error'>{p.error.message}</Text> : null}
          <Button className='profile-form__submit' disabled={p.saving || undefined} onClick={p.save}>
            {p.saving ? '保存中…' : '保存'}
          </Button>
        </View>
      )}
      <Text className='profile-page__privacy' onClick={openPrivacyPolicy}>
        头像和昵称如何使用，见《隐私保护指引》
      </Text>
    </PageShell>
  )
}
