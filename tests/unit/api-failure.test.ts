import { apiFailureOf, refusalMessage } from '@/utils/api-failure'

describe('why a privacy-guarded WeChat API failed', () => {
  it.each([
    [{ errno: 104, errMsg: 'chooseMedia:fail privacy permission is not authorized' }, 'privacy'],
    [{ errno: 103, errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized in gap' }, 'privacy'],
    [{ errMsg: 'setClipboardData:fail privacy permission is not authorized' }, 'privacy'],
    [{ errno: 112, errMsg: 'chooseAddress:fail api scope is not declared in the privacy agreement' }, 'undeclared'],
    [{ errMsg: 'getLocation:fail api scope is not declared in the privacy agreement' }, 'undeclared'],
    [{ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }, 'permission'],
    [{ errMsg: 'scanCode:fail auth denied' }, 'permission'],
    [{ errMsg: 'chooseMedia:fail cancel' }, 'cancelled'],
    [{ errMsg: 'chooseAddress:fail system error' }, 'failed'],
    [undefined, 'failed'],
  ])('%j is %s', (error, failure) => {
    expect(apiFailureOf(error)).toBe(failure)
  })

  it('says what to do for each refusal, short enough for a toast, and nothing for a cancel or another failure', () => {
    for (const failure of ['privacy', 'undeclared', 'permission'] as const) {
      const message = refusalMessage(failure, '保存海报到相册') as string
      expect(message).toContain('保存海报到相册')
      expect([...message].length).toBeLessThanOrEqual(28)
    }
    expect(refusalMessage('privacy', '复制')).toContain('隐私保护指引')
    expect(refusalMessage('cancelled', '复制')).toBeNull()
    expect(refusalMessage('failed', '复制')).toBeNull()
  })
})
