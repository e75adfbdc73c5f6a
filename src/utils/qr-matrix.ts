import qrcode from 'qrcode-generator'

/** The dark modules of a QR code for `text` (error correction M, size chosen by length). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
}

export interface QrRun {
  dark: boolean
  length: number
}

/** The QR code of `text` as runs of equal modules per row, to draw with few elements. */
export function qrRuns(text: string): { modules: number; rows: QrRun[][] } {
  const matrix = qrMatrix(text)
  const rows = matrix.map((row) =>
    row.reduce<QrRun[]>((runs, dark) => {
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length += 1
      else runs.push({ dark, length: 1 })
      return runs
    }, []),
  )
  return { modules: matrix.length, rows }
}
