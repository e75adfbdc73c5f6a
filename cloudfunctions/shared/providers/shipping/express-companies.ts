/**
 * WeChat wants the express company as its delivery id (get_delivery_list), not a
 * name. The brand types a name; the common ones map here, and a code typed as
 * such (2–10 capital letters) is passed as it is.
 */
const CODES: Record<string, string> = {
  顺丰: 'SF',
  顺丰速运: 'SF',
  中通: 'ZTO',
  中通快递: 'ZTO',
  圆通: 'YTO',
  圆通速递: 'YTO',
  韵达: 'YD',
  韵达快递: 'YD',
  韵达速递: 'YD',
  申通: 'STO',
  申通快递: 'STO',
  京东: 'JD',
  京东物流: 'JD',
  京东快递: 'JD',
  EMS: 'EMS',
  中国邮政: 'YZPY',
  邮政快递包裹: 'YZPY',
  极兔: 'JTSD',
  极兔速递: 'JTSD',
  德邦: 'DBL',
  德邦快递: 'DBL',
};

/** WeChat's delivery id for a company name or code, or null when unknown. */
export function expressCompanyCode(company: string): string | null {
  const name = company.trim();
  if (CODES[name]) return CODES[name];
  return /^[A-Z]{2,10}$/.test(name) ? name : null;
}

/** A phone as WeChat accepts it in `contact`: masked but the last four digits. */
export function maskedContact(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '';
}
