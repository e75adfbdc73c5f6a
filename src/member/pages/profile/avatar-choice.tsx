import { Button, Text, View } from '@tarojs/components'
import { Avatar } from '@/components/avatar'

const IN_WECHAT = process.env.TARO_ENV === 'weapp'

export interface AvatarChoiceProps {
  saved: string
  name: string
  /** A picked, unsaved picture, shown instead of the saved one. */
  picked: string | null
  error?: string
  onChosen: (path: string) => void
  onPick: () => void
}

/**
 * The avatar and 更换头像: in WeChat the 头像昵称填写 button (open-type chooseAvatar: the
 * WeChat avatar, the album or the camera); elsewhere a photo from the album.
 */
export function AvatarChoice({ saved, name, picked, error, onChosen, onPick }: AvatarChoiceProps) {
  // A picked picture is a temp path (WeChat) or a blob URL (browser): the avatar draws it as it is.
  const face = <Avatar key={picked ?? saved} src={picked ?? saved} name={name} size='lg' className='profile-avatar__face' />
  return (
    <View className={`profile-avatar ${error ? 'profile-avatar--invalid' : ''}`}>
      {IN_WECHAT ? (
        <Button className='profile-avatar__button' openType='chooseAvatar' onChooseAvatar={(e) => onChosen(e.detail.avatarUrl)}>
          {face}
          <Text className='profile-avatar__badge'>更换</Text>
        </Button>
      ) : (
        <View className='profile-avatar__button' onClick={onPick}>
          {face}
          <Text className='profile-avatar__badge'>更换</Text>
        </View>
      )}
      <Text className='profile-avatar__hint'>{picked ? '新头像，保存后生效' : '点击更换头像'}</Text>
      {error ? <Text className='profile-avatar__error'>{error}</Text> : null}
    </View>
  )
}
