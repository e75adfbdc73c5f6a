import { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { initCloud } from '@/services/cloud-init'
import { listenForPrivacyRequests } from '@/services/privacy'
import { movedPageUrl } from '@/utils/moved-pages'
import { HOME_PATH } from '@/utils/page-paths'
import './app.scss'

/**
 * A card or message with the path of a page that moved into a subpackage opens it there;
 * any other missing page, the home page. WeChat takes the redirect only when it is made
 * synchronously in the listener (Taro's usePageNotFound runs a tick later).
 */
function redirectMissingPages() {
  try {
    Taro.onPageNotFound((res) => {
      const url = movedPageUrl(res.path, res.query)
      if (url) Taro.redirectTo({ url })
      else Taro.switchTab({ url: '/' + HOME_PATH })
    })
  } catch {
    // A host without wx.onPageNotFound (test runners) keeps its own behaviour.
  }
}
redirectMissingPages()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    listenForPrivacyRequests()
  })
  // Only pages may be rendered here: Taro's h5 router shows and hides this element's children.
  return children
}

export default App
