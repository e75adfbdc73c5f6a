import fs from 'fs';
import path from 'path';

/** The domain layer is pure rules: no SDK, no clock, no randomness, no I/O. */
const DOMAIN = path.resolve(__dirname, '../../cloudfunctions/shared/domain');
const FORBIDDEN = [
  /from ['"]@cloudbase/,
  /require\(['"]@cloudbase/,
  /wx-server-sdk/,
  /from ['"](fs|http|https|net|crypto|child_process)['"]/,
  /\.\.\/runtime\//,
  /Date\.now\(\)/,
  /new Date\(\)/,
  /Math\.random\(\)/,
];

describe('domain rules', () => {
  const files = fs.readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));

  it('exist', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s imports no SDK or I/O and reads no clock or randomness', (file) => {
    const text = fs.readFileSync(path.join(DOMAIN, file), 'utf8');
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });
});
