import type { z } from 'zod';

const CJK = /[\u3400-\u9fff]/;

/** A Chinese sentence for a failed input check: our own message when we wrote one, else one by kind. */
export function zodMessage(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '请求参数有误';
  const field = issue.path.length ? `「${issue.path.join('.')}」` : '';
  if (CJK.test(issue.message)) return `${field}${issue.message}`;
  const detail = issue as { minimum?: unknown; maximum?: unknown };
  switch (issue.code) {
    case 'invalid_type':
      return `${field}缺失或类型不正确`;
    case 'too_small':
      return `${field}过小或过短（至少 ${String(detail.minimum)}）`;
    case 'too_big':
      return `${field}过大或过长（至多 ${String(detail.maximum)}）`;
    case 'invalid_format':
    case 'invalid_value':
      return `${field}格式不正确`;
    default:
      return `${field}不符合要求`;
  }
}
