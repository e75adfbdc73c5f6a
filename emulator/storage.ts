import fs from 'fs';
import path from 'path';

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

  put(filePath: string, content: Buffer): string {
    const full = this.resolve(filePath);
    if (!full) throw new Error(`invalid storage path: ${filePath}`);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    return fileIdFor(filePath);
  }
}
