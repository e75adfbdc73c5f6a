import { z } from 'zod';
import type { AddressView } from '../../shared/api';
import { AppError } from '../../shared/runtime/app-error';
import { action } from '../../shared/runtime/router';
import { getDoc } from '../../shared/runtime/documents';
import { newId } from '../../shared/runtime/ids';
import { idSchema } from '../../shared/runtime/schemas';
import { isMainlandMobile } from '../../shared/domain/delivery';
import {
  addressView, byDefaultThenNewest, defaultSeq, makeDefault, MAX_ADDRESSES, ownAddresses, StoredAddress,
} from '../flows/addresses';

const PHONE = '请填写正确的手机号';
const REGION = '请选择省市区';
const regionPart = z.string({ error: REGION }).trim().min(1, REGION).max(20, REGION);

/** An address as a shopper enters it (h5 form) or WeChat's chooseAddress gives it. */
const addressSchema = z.object({
  addressId: idSchema.optional(),
  name: z.string({ error: '请填写收货人' }).trim().min(1, '请填写收货人').max(20, '收货人姓名至多 20 个字'),
  phone: z
    .string({ error: PHONE })
    .transform((s) => s.replace(/[\s-]/g, ''))
    .refine(isMainlandMobile, PHONE),
  region: z.array(regionPart, { error: REGION }).length(3, REGION),
  detail: z.string({ error: '请填写详细地址' }).trim().min(2, '请填写详细地址').max(120, '详细地址至多 120 个字'),
  isDefault: z.boolean().optional(),
});

const notFound = () => new AppError('NOT_FOUND', '收货地址不存在');

/** 地址管理: the caller's saved addresses, the default first, then the newest. */
export const addresses = action({
  input: z.object({}),
  async handler(_input, { db, openid }): Promise<{ items: AddressView[] }> {
    return { items: (await ownAddresses(db, openid)).sort(byDefaultThenNewest).map(addressView) };
  },
});

/**
 * Adds an address (at most MAX_ADDRESSES; the first is the default) or edits one
 * of the caller's own. `isDefault: true` makes it the default and clears the
 * others'; the default stays the default until another one is chosen.
 */
export const saveAddress = action({
  input: z.object({ address: addressSchema }),
  async handler({ address }, { db, now, openid }): Promise<{ address: AddressView }> {
    const { addressId, isDefault, region, ...fields } = address;
    const values = { ...fields, region: [region[0], region[1], region[2]] as [string, string, string] };
    if (addressId) {
      const current = await getDoc<StoredAddress>(db, 'addresses', addressId);
      if (!current || current.openid !== openid) throw notFound();
      await db.collection('addresses').where({ _id: addressId, openid }).update({ ...values, updatedAt: now });
      if (isDefault && !current.isDefault) await makeDefault(db, openid, addressId, defaultSeq(now, newId()), now);
      return { address: addressView({ ...current, ...values, isDefault: current.isDefault || Boolean(isDefault) }) };
    }
    const mine = await ownAddresses(db, openid);
    const tooMany = () => new AppError('LIMIT_EXCEEDED', `最多保存 ${MAX_ADDRESSES} 个收货地址`);
    if (mine.length >= MAX_ADDRESSES) throw tooMany();
    const id = newId();
    const asDefault = Boolean(isDefault) || mine.length === 0;
    const seq = defaultSeq(now, newId());
    const doc: StoredAddress = {
      _id: id, openid, ...values, isDefault: asDefault, ...(asDefault ? { defaultSeq: seq } : {}), createdAt: now, updatedAt: now,
    };
    await db.collection('addresses').add(doc);
    // Concurrent adds may all pass the check above: whoever finds the list over the cap takes its own back.
    if (((await db.collection('addresses').where({ openid }).count()).total ?? 0) > MAX_ADDRESSES) {
      await db.collection('addresses').doc(id).remove();
      throw tooMany();
    }
    if (asDefault) await makeDefault(db, openid, id, seq, now);
    return { address: addressView(doc) };
  },
});

/** Deletes one of the caller's addresses; if it was the default, the newest remaining one becomes it. */
export const deleteAddress = action({
  input: z.object({ addressId: idSchema }),
  async handler({ addressId }, { db, now, openid }): Promise<{ deleted: true }> {
    const current = await getDoc<StoredAddress>(db, 'addresses', addressId);
    if (!current || current.openid !== openid) throw notFound();
    await db.collection('addresses').where({ _id: addressId, openid }).remove();
    if (current.isDefault) {
      const [newest] = (await ownAddresses(db, openid)).sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
      if (newest) await makeDefault(db, openid, newest._id, defaultSeq(now, newId()), now);
    }
    return { deleted: true };
  },
});
