import { Button, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { BRAND } from '@/constants/brand'
import { NOT_COLLECTED, POLICY_UPDATED, PRIVACY_CONTACT, SECTIONS, USES } from './policy'
import './index.scss'

const IN_WECHAT = process.env.TARO_ENV === 'weapp'

/** 隐私保护指引: what the app uses and why, how long it is kept, how to change or delete it, whom to ask. */
export default function PrivacyPolicyPage() {
  return (
    <PageShell className='privacy-page'>
      <View className='privacy-page__head'>
        <Text className='privacy-page__title'>{BRAND.name}隐私保护指引</Text>
        <Text className='privacy-page__updated'>更新于 {POLICY_UPDATED}</Text>
        <Text className='privacy-page__intro'>
          你在「{BRAND.name}」里拼团、晒单、做团长时，我们会用到一些个人信息。这里用大白话说清楚：用什么、为什么用、存多久、怎么删。每一项都只在你用到相应功能时才使用。
        </Text>
      </View>
      <View className='privacy-page__card'>
        <Text className='privacy-page__section-title'>我们使用的信息</Text>
        {USES.map((use) => (
          <View key={use.what} className='privacy-page__use'>
            <Text className='privacy-page__use-what'>{use.what}</Text>
            <Text className='privacy-page__use-why'>{use.why}</Text>
          </View>
        ))}
        <Text className='privacy-page__not'>{NOT_COLLECTED}</Text>
      </View>
      {SECTIONS.map((section) => (
        <View key={section.title} className='privacy-page__card'>
          <Text className='privacy-page__section-title'>{section.title}</Text>
          {section.paragraphs.map((text) => (
            <Text key={text} className='privacy-page__paragraph'>
              {text}
            </Text>
          ))}
        </View>
      ))}
      <View className='privacy-page__card privacy-page__contact'>
        <Text className='privacy-page__section-title'>联系我们</Text>
        <Text className='privacy-page__paragraph'>
          对个人信息有任何疑问、更正或删除的要求，请发邮件到 {PRIVACY_CONTACT.email}，我们会在 {PRIVACY_CONTACT.replyDays} 个工作日内回复。
        </Text>
        {IN_WECHAT ? (
          <Button className='privacy-page__contact-button' openType='contact'>
            在线联系客服
          </Button>
        ) : null}
      </View>
    </PageShell>
  )
}
