import { checkLabelText, flaggedPhotos, photosVerdictLine, verdictChip } from '@/admin/post-checks'

describe('content-check verdicts in Chinese', () => {
  it.each([
    ['pass', '通过', 'green'],
    ['review', '需复核', 'amber'],
    ['risky', '违规', 'berry'],
    ['error', '检测失败', 'berry'],
    [null, '检测中', 'plain'],
  ] as const)('%s reads %s', (verdict, label, tone) => {
    expect(verdictChip(verdict)).toEqual({ label, tone })
  })

  it('counts the photos by verdict, in the order they first appear', () => {
    expect(photosVerdictLine([{ verdict: 'pass' }, { verdict: 'review' }, { verdict: 'pass' }, { verdict: null }])).toBe('2 张通过 · 1 张需复核 · 1 张检测中')
  })

  it('names WeChat and word-list labels, and leaves an unknown one as it came', () => {
    expect(checkLabelText('100')).toBe('正常')
    expect(checkLabelText('20002')).toBe('色情')
    expect(checkLabelText('diversion')).toBe('站外引流')
    expect(checkLabelText('errcode 87014')).toBe('errcode 87014')
  })

  it('lists the photos the check flagged by their place in the post, not the ones passed or still pending', () => {
    const flagged = flaggedPhotos([
      { fileId: 'a', verdict: 'pass' },
      { fileId: 'b', verdict: 'review' },
      { fileId: 'c', verdict: null },
      { fileId: 'd', verdict: 'error' },
    ])
    expect(flagged.map((p) => [p.n, p.fileId])).toEqual([
      [2, 'b'],
      [4, 'd'],
    ])
  })
})
