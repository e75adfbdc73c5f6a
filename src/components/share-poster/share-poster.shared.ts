import type { Fen } from '@shared/domain/money'

/** A group's share poster: the product, its price and the seats still open. */
export interface GroupPosterContent {
  kind: 'group'
  groupId: string
  /** The sharer's distribution code, carried by the poster's code. */
  code?: string
  title: string
  /** The product image, a cloud file id. */
  image: string
  groupPriceFen: Fen
  soloPriceFen: Fen | null
  groupSize: number
  /** Paid members the group still needs. */
  membersNeeded: number
  sharerNickname: string
}

/** A leader's card poster: who invites, a few deals on sale, and the code that binds. */
export interface CardPosterContent {
  kind: 'card'
  code: string
  sharerNickname: string
  /** Up to three deals on sale (image: a cloud file id). */
  picks: { title: string; image: string; groupPriceFen: Fen }[]
}

export type PosterContent = GroupPosterContent | CardPosterContent

/** Something drawImage takes, with its size (an HTML image, or a weapp canvas image). */
export type PosterImage = CanvasImageSource & { width: number; height: number }

/** The code in the corner: the mini-program code image (weapp) or QR modules (h5). */
export type PosterCode = { kind: 'image'; image: PosterImage } | { kind: 'matrix'; modules: boolean[][] } | null

export interface PosterArt {
  /** The pictures the content names (posterImages), in order; null where one failed to load. */
  images: (PosterImage | null)[]
  code: PosterCode
  /** The line under the sharer's name: 长按识别小程序码 / 扫码参团. */
  codeHint: string
}

export const POSTER_WIDTH = 600
export const POSTER_HEIGHT = 960
/** Pixels per poster unit in the exported PNG. */
export const POSTER_SCALE = 2
