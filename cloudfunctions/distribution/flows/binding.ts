import type { Database } from '../../shared/runtime/cloud';
import { joinedOne as firstOf, JoinedRow as Row, lookupById, readJoined } from '../../shared/runtime/aggregate';
import { getDoc, insertOnce, updatedCount } from '../../shared/runtime/documents';
import { bindingExpiresAt, bindRefusal, BindRefusal, Binding, DEFAULT_DISTRIBUTION_CONFIG, DistributionConfig, isWellFormedCode } from '../../shared/domain/distribution';
import { CONFIG_ID } from './config';
import type { DistributorDoc } from './codes';

export interface BindingDoc extends Binding {
  _id: string; // the shopper's openid
  code: string;
  boundAt: Date;
}

export type BindOutcome =
  | { bound: true; distributor: DistributorDoc; binding: BindingDoc }
  | { bound: false; reason: BindRefusal | 'UNKNOWN_CODE'; current: BindingDoc | null };

/** The shopper's binding if it is still valid. */
export async function validBinding(db: Database, shopper: string, now: Date): Promise<BindingDoc | null> {
  const binding = await getDoc<BindingDoc>(db, 'bindings', shopper);
  return binding && new Date(binding.expiresAt) > now ? binding : null;
}

/** What binding reads before it writes: the code's distributor, the shopper's binding, the distributor's own (loops), the binding's length. */
export interface BindReads {
  distributor: DistributorDoc | null;
  current: BindingDoc | null;
  boundTo: BindingDoc | null;
  bindingDays: number;
}


/**
 * The lookups that read a bind's inputs beside whatever a query starts from: the code
 * (`codes/<code>`), its distributor and that distributor's own binding, and the
 * distribution settings. The shopper's binding is the caller's (`binding`).
 */
export function bindLookups(code: string): Row[] {
  return [lookupById('codes', code, 'bindCode'), ...ownerLookups('bindCode.openid')];
}

const ownerLookups = (owner: string): Row[] => [
  { from: 'distributors', localField: owner, foreignField: '_id', as: 'bindDistributor' },
  { from: 'bindings', localField: owner, foreignField: '_id', as: 'bindBoundTo' },
  lookupById('config', CONFIG_ID, 'bindConfig'),
];

/** The bind's inputs from a row read with bindLookups (and the shopper's binding). */
export function bindReadsOf(row: Row, current: BindingDoc | null): BindReads {
  const { _id, ...saved } = firstOf<Partial<DistributionConfig> & { _id?: string }>(row, 'bindConfig') ?? {};
  return {
    distributor: firstOf<DistributorDoc>(row, 'bindDistributor'),
    current,
    boundTo: firstOf<BindingDoc>(row, 'bindBoundTo'),
    bindingDays: { ...DEFAULT_DISTRIBUTION_CONFIG, ...saved }.bindingDays,
  };
}

/** A bind's inputs in one query, from the code (an unknown or malformed code: no distributor, nothing else needed). */
async function readForBind(db: Database, shopper: string, code: string): Promise<BindReads> {
  if (!isWellFormedCode(code)) return { distributor: null, current: null, boundTo: null, bindingDays: DEFAULT_DISTRIBUTION_CONFIG.bindingDays };
  const lookups = [...ownerLookups('openid'), lookupById('bindings', shopper, 'binding')];
  const row = await readJoined(db, 'codes', code, lookups);
  if (!row) return { distributor: null, current: null, boundTo: null, bindingDays: DEFAULT_DISTRIBUTION_CONFIG.bindingDays };
  return bindReadsOf(row, firstOf<BindingDoc>(row, 'binding'));
}

/**
 * Binds the shopper who opened a card to the code's distributor. The first valid
 * binding wins even against a concurrent one: a new binding is an insert, and an
 * expired one is replaced only by a conditional update on its expiry. A crossing
 * binding (the distributor binding to this shopper at the same moment) is undone.
 * `reads`: what it reads first, when the caller has just read it (a checkout reads it with everything else).
 */
export async function bindByCode(db: Database, shopper: string, code: string, now: Date, reads?: BindReads): Promise<BindOutcome> {
  const { distributor, current, boundTo, bindingDays } = reads ?? (await readForBind(db, shopper, code));
  if (!distributor) return { bound: false, reason: 'UNKNOWN_CODE', current };
  const refusal = bindRefusal(
    shopper,
    { openid: distributor._id, active: distributor.status === 'active', boundTo: boundTo && { ...boundTo, expiresAt: new Date(boundTo.expiresAt) } },
    current && { ...current, expiresAt: new Date(current.expiresAt) },
    now,
  );
  if (refusal) return { bound: false, reason: refusal, current };
  const binding: BindingDoc = { _id: shopper, distributorOpenid: distributor._id, code, boundAt: now, expiresAt: bindingExpiresAt(now, bindingDays) };
  const { _id, ...fields } = binding;
  let won: boolean;
  if (current) {
    const _ = db.command;
    won = updatedCount(await db.collection('bindings').where({ _id, expiresAt: _.lte(now) }).update(fields)) === 1;
  } else {
    won = await insertOnce(db, 'bindings', binding);
  }
  if (!won) return { bound: false, reason: 'ALREADY_BOUND', current: await getDoc<BindingDoc>(db, 'bindings', shopper) };
  if ((await validBinding(db, distributor._id, now))?.distributorOpenid === shopper) {
    await undoBinding(db, binding, current);
    return { bound: false, reason: 'LOOP', current };
  }
  return { bound: true, distributor, binding };
}

/**
 * Takes back a binding this call wrote, restoring what it replaced. Two people binding
 * to each other at once both pass the loop check made before writing; so each reads the
 * other's binding again after writing, and whoever then sees the loop undoes its own.
 * Reads and writes of one document are linearizable, so at least one of the two sees
 * the other's binding: no loop survives, and nobody told "bound" is undone later.
 */
async function undoBinding(db: Database, mine: BindingDoc, replaced: BindingDoc | null): Promise<void> {
  const ours = db.collection('bindings').where({ _id: mine._id, distributorOpenid: mine.distributorOpenid, boundAt: mine.boundAt });
  if (!replaced) {
    await ours.remove();
    return;
  }
  const { distributorOpenid, code, boundAt, expiresAt } = replaced;
  await ours.update({ distributorOpenid, code, boundAt: new Date(boundAt), expiresAt: new Date(expiresAt) });
}

export interface Attribution {
  openid: string;
  code: string;
}

/**
 * Who earns on an order placed now, from the buyer's binding and its distributor as
 * read (with the checkout, in one query): the valid binding's distributor, if still
 * active and not the buyer.
 */
export function attributionOf(binding: BindingDoc | null, distributor: DistributorDoc | null, buyer: string, now: Date): Attribution | null {
  if (!binding || new Date(binding.expiresAt) <= now || binding.distributorOpenid === buyer) return null;
  if (!distributor || distributor._id !== binding.distributorOpenid || distributor.status !== 'active') return null;
  return { openid: distributor._id, code: distributor.code };
}
