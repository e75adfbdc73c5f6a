import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/services/cloud-init'
import { listenForPrivacyRequests } from '@/services/privacy'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    listenForPrivacyRequests()
  })
  // Only pages may be rendered here: Taro's h5 router shows and hides this element's children.
  return children
}

export default App
