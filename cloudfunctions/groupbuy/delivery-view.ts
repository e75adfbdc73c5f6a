import type { OrderDeliveryView } from '../shared/api';
import type { AfterSaleDoc, OrderDoc } from '../shared/model';
import { afterSaleUntil, autoReceiveAt, fulfilmentStage, FulfilmentConfig } from '../shared/domain/delivery';
import { afterSaleView } from '../fulfilment/views';

const iso = (d: Date | null) => (d ? d.toISOString() : '');
const date = (d: Date | null | undefined) => (d ? new Date(d) : null);

/**
 * An order's delivery as its owner sees it (and the brand; the point's staff for
 * pickup): the snapshot taken at checkout, where it stands, tracking, and the
 * receipt and after-sale dates. Orders made before fulfilment read as express
 * with no address. `afterSale` is the order's open or last request, if any.
 */
export function orderDeliveryView(order: OrderDoc, config: FulfilmentConfig, afterSale: AfterSaleDoc | null): OrderDeliveryView {
  const mode = order.delivery?.mode ?? 'express';
  const shippedAt = date(order.shippedAt);
  const arrivedAt = date(order.arrivedAt);
  const completedAt = date(order.completedAt);
  const afterSaleOpen = afterSale?.status === 'open';
  const stage = fulfilmentStage({ status: order.status, mode, shippedAt, arrivedAt, afterSaleOpen });
  return {
    mode,
    address: order.delivery?.mode === 'express' ? { ...order.delivery.address } : null,
    point: order.delivery?.mode === 'pickup' ? { ...order.delivery.point } : null,
    shippingFeeFen: order.shippingFeeFen ?? 0,
    stage,
    tracking: order.shipping && shippedAt ? { company: order.shipping.company, trackingNo: order.shipping.trackingNo, shippedAt: iso(shippedAt) } : null,
    arrivedAt: iso(arrivedAt),
    autoReceiveAt: stage === 'shipped' && shippedAt ? iso(autoReceiveAt(shippedAt, config.autoReceiveDays)) : '',
    receivedAt: iso(completedAt),
    afterSaleUntil: order.status === 'completed' && completedAt && !afterSaleOpen ? iso(afterSaleUntil(completedAt, config.afterSaleDays)) : '',
    afterSale: afterSale ? afterSaleView(afterSale) : null,
  };
}
