import type { AfterSaleView } from '../shared/api';
import type { AfterSaleDoc } from '../shared/model';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

/** An after-sale request as its shopper and the brand see it. */
export function afterSaleView(a: AfterSaleDoc): AfterSaleView {
  return {
    afterSaleId: a._id,
    orderId: a.orderId,
    kind: a.kind,
    reason: a.reason,
    images: a.images,
    status: a.status,
    note: a.note,
    createdAt: iso(a.createdAt),
    reviewedAt: iso(a.reviewedAt),
  };
}
