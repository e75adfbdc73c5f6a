// The AEAD of notifications is shared by every WeChat Pay notification; this path stays for existing imports.
export { decryptResource } from '../wechat-pay-v3/aead';
export type { EncryptedResource } from '../wechat-pay-v3/aead';
