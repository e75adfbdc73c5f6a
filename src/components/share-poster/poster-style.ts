/** The poster's palette (the app's tokens) and fonts, for canvas drawing. */
export const C = {
  green: '#2f6b3f',
  greenSoft: '#e5eee0',
  cream: '#f7f4ec',
  card: '#fffdf8',
  berry: '#d9534f',
  berrySoft: '#fbe9e6',
  ink: '#2b2a26',
  inkSoft: '#5d594f',
  muted: '#948e7f',
  line: '#ebe4d3',
}

const FONT = '"PingFang SC", "Noto Sans CJK SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif'

export const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`
