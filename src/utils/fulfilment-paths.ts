// 发货, 自提点 and 售后 (brand, admin subpackage); 自提点核销 (point staff, partner subpackage).
export const ADMIN_SHIPPING_PATH = 'admin/pages/shipping/index'
export const ADMIN_PICKUP_POINTS_PATH = 'admin/pages/pickup-points/index'
export const ADMIN_AFTER_SALES_PATH = 'admin/pages/after-sales/index'
export const PICKUP_VERIFY_PATH = 'partner/pages/pickup/index'
