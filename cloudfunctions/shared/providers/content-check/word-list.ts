import { readMediaCheckEvent } from './media-check-event';
import type { ContentChecker, ImageCheckStarted, ImageVerdict, TextCheck, TextVerdict } from './port';
import { worstVerdict } from './verdict';
import { WordMatcher } from './word-list-match';
import { openLocalImageCheck, throwIfFailureAsked } from './word-list-sandbox';
import { BUILT_IN_WORDS } from './word-list-words';
import type { WordCategory } from './word-list-words';

type ImageCheck = Parameters<ContentChecker['startImageCheck']>[0];

/**
 * The local content checker: the built-in word list plus any extra words; images
 * are judged by a marker in their URL and answered by a local wxa_media_check event.
 */
export class WordListChecker implements ContentChecker {
  readonly name = 'wordlist' as const;
  private readonly matcher: WordMatcher;

  constructor(extra: readonly WordCategory[] = []) {
    this.matcher = new WordMatcher([...BUILT_IN_WORDS, ...extra]);
  }

  async checkText({ text }: TextCheck): Promise<TextVerdict> {
    throwIfFailureAsked();
    const hits = this.matcher.hits(text);
    const { verdict, label } = hits.length > 0 ? worstVerdict(hits) : { verdict: 'pass' as const, label: 'normal' };
    return { verdict, label, traceId: null };
  }

  async startImageCheck(req: ImageCheck): Promise<ImageCheckStarted> {
    throwIfFailureAsked();
    return { traceId: openLocalImageCheck(req.mediaUrl) };
  }

  readImageCallback(message: unknown): ImageVerdict | null {
    return readMediaCheckEvent(message);
  }
}
