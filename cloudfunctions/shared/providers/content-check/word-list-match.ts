import type { WordCategory } from './word-list-words';

/**
 * Folds a text to what the list compares: full-width forms and case folded, and
 * everything but letters and digits dropped, so 诈.骗, 诈 骗 and 诈😀骗 all read 诈骗.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The categories with a word in the text, with their words folded once. */
export class WordMatcher {
  private readonly categories: WordCategory[];

  constructor(categories: readonly WordCategory[]) {
    this.categories = categories
      .map((category) => ({ ...category, words: category.words.map(foldText).filter(Boolean) }))
      .filter((category) => category.words.length > 0);
  }

  hits(text: string): WordCategory[] {
    const folded = foldText(text);
    return this.categories.filter((category) => category.words.some((word) => folded.includes(word)));
  }
}
