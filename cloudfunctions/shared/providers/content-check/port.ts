/**
 * The content-check port: WeChat's security.msgSecCheck (v2, text) and
 * security.mediaCheckAsync (images, answered later by a callback matched by
 * trace id) in production; a word list on the local cloud.
 */
export type Verdict = 'pass' | 'review' | 'risky';

export interface TextCheck {
  text: string;
  openid: string;
  /** 1 profile, 2 comment, 3 forum post, 4 social log: WeChat's scene. */
  scene: 1 | 2 | 3 | 4;
}

export interface TextVerdict {
  verdict: Verdict;
  /** WeChat's label (e.g. 100 normal, 20001 politics …) or the local list's category. */
  label: string;
  traceId: string | null;
}

export interface ImageCheckStarted {
  /** Match the later callback (or the local result) by this id. */
  traceId: string;
}

export interface ImageVerdict {
  traceId: string;
  verdict: Verdict;
  label: string;
}

export interface ContentChecker {
  readonly name: 'wechat' | 'wordlist';
  checkText(req: TextCheck): Promise<TextVerdict>;
  /** Starts an image check; the verdict arrives later through `readImageCallback`. */
  startImageCheck(req: { mediaUrl: string; openid: string; scene: 1 | 2 | 3 | 4 }): Promise<ImageCheckStarted>;
  /**
   * Reads the verdict of an image check from the platform's callback message
   * (WeChat: the wxa_media_check event pushed to the message push URL). Null
   * when the message is not a media-check result.
   */
  readImageCallback(message: unknown): ImageVerdict | null;
}
