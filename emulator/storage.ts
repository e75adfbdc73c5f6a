import fs from 'fs';
import path from 'path';
import { randomBytes } from 'crypto';

/**
 * Local file storage mirroring CloudBase cloud storage: a file id
 * `cloud://<env>.<bucket>/<path>` is the file `<dataDir>/storage/<path>`,
 * served at `/storage/<path>`.
 */
export const LOCAL_ENV = 'gongying-local';
export const LOCAL_BUCKET = 'local-bucket';

export function fileIdFor(filePath: string): string {
  return `cloud://${LOCAL_ENV}.${LOCAL_BUCKET}/${filePath.replace(/^\/+/, '')}`;
}

export class LocalStorage {
  constructor(readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  /** The absolute path of a stored file, or null when the path escapes the storage root. */
  resolve(filePath: string): string | null {
    const full = path.resolve(this.root, '.' + path.posix.normalize('/' + filePath));
    return full.startsWith(this.root + path.sep) ? full : null;
  }

  /** Writes a file, replacing what was there (the seed's own pictures). */
  put(filePath: string, content: Buffer): string {
    const full = this.resolve(filePath);
    if (!full) throw new Error(`invalid storage path: ${filePath}`);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    return fileIdFor(filePath);
  }

  /**
   * Stores a new file, never replacing one: null when the path is taken. The file is
   * written aside and linked into place, so of two uploads to one path exactly one
   * wins and nobody ever reads a half-written file.
   */
  create(filePath: string, content: Buffer): string | null {
    const full = this.resolve(filePath);
    if (!full) throw new Error(`invalid storage path: ${filePath}`);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    const aside = `${full}.${process.pid}.${randomBytes(6).toString('hex')}.part`;
    fs.writeFileSync(aside, content);
    try {
      fs.linkSync(aside, full);
      return fileIdFor(filePath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
      throw err;
    } finally {
      fs.rmSync(aside, { force: true });
    }
  }
}
