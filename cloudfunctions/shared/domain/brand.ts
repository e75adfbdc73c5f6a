/** The brand this community belongs to, by the name members know it (the host of its own events). */
export const BRAND_NAME = '原野生活';
