import { z } from 'zod';
import { action } from '../../shared/runtime/router';
import { miniProgramCode } from '../../shared/providers/wxacode';

/**
 * The mini-program code for a share poster. `scene` is at most 32 visible
 * characters (WeChat's limit): `<group id packed into 22 chars>.<code>` (src/utils/poster-scene.ts).
 */
export const posterCode = action({
  input: z.object({
    // A main-package page (pages/x/index) or a subpackage's (group/pages/detail/index).
    page: z.string().regex(/^([a-z-]+\/)?pages\/[a-z-]+\/index$/, '页面路径不正确'),
    scene: z.string().min(1).max(32).regex(/^[A-Za-z0-9!#$&'()*+,/:;=?@\-._~]+$/, '格式不正确'),
  }),
  async handler({ page, scene }): Promise<{ fileId: string | null }> {
    return { fileId: await miniProgramCode(page, scene) };
  },
});
