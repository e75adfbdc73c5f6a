import { textChunks } from '@shared/providers/content-check/text-chunks';

describe('textChunks', () => {
  it('keeps a text within the limit whole', () => {
    expect(textChunks('晨光能量碗', 10)).toEqual(['晨光能量碗']);
  });

  it('has nothing to check in a blank text', () => {
    expect(textChunks(' \n ', 10)).toEqual([]);
  });

  it('cuts a long text into overlapping chunks within the limit that cover all of it', () => {
    const text = Array.from({ length: 60 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const chunks = textChunks(text, 25);
    expect(chunks.every((chunk) => chunk.length <= 25)).toBe(true);
    expect(chunks[0]).toBe(text.slice(0, 25));
    expect(chunks[chunks.length - 1].endsWith(text.slice(-5))).toBe(true);
    for (let i = 1; i < chunks.length; i += 1) expect(text.indexOf(chunks[i])).toBeLessThan(text.indexOf(chunks[i - 1]) + 25);
  });

  it('never cuts an emoji in half', () => {
    const chunks = textChunks('😀'.repeat(30), 20);
    expect(chunks.every((chunk) => Array.from(chunk).every((char) => char === '😀'))).toBe(true);
    expect(chunks.every((chunk) => Array.from(chunk).length <= 20)).toBe(true);
  });
});
