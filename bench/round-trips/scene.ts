import type { TestCloud } from '../../tests/helpers/test-cloud';

/** The demo cast (emulator/seed/demo-cast.ts) as the calls use them. */
export const SHOPPER = 'demo-shopper';
export const COCREATOR = 'demo-cocreator'; // a leader (团长) with a pickup point, a co-creator of 晨光能量碗
export const OFFICER = 'demo-officer'; // 体验官
export const TIANTIAN = 'demo-tiantian';
export const YOGA_STAFF = 'demo-yoga';
export const CAFE_STAFF = 'demo-cafe';
export const ADMIN = 'demo-admin';
export const LEADER_CODE = 'YZ7KQ3MP';

/** A call of the table: one action a member triggers, with input taken from the demo data or earlier calls. */
export interface RoundTripCall {
  /** `function.action`, with ` · variant` when one action has several rows; the budget's key. */
  key: string;
  /** The caller's openid. */
  as: string;
  /** The input, prepared without being counted. */
  data(s: Scene): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Keeps what later calls need from the answer (not counted). */
  keep?(s: Scene, answer: any): void | Promise<void>;
  /** For what is not a function call through HTTP (the payment notification). */
  run?(s: Scene): Promise<unknown>;
}

export interface Scene {
  cloud: TestCloud;
  /** Answers and ids earlier calls left for later ones. */
  kept: Record<string, any>;
  /** A function call that must succeed; not counted unless made inside a measured call. */
  call<T = any>(fn: string, openid: string, data: Record<string, unknown>): Promise<T>;
  /** The id of the one document of `collection` matching `where`. */
  idOf(collection: string, where: Record<string, unknown>): Promise<string>;
}

export function sceneOf(cloud: TestCloud): Scene {
  return {
    cloud,
    kept: {},
    async call(fn, openid, data) {
      const res = await cloud.call(fn, data, openid);
      if (!res.ok) throw new Error(`${fn}.${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
      return res.data;
    },
    async idOf(collection, where) {
      const found = (await cloud.db.collection(collection).where(where).limit(2).get()).data as { _id: string }[];
      if (found.length !== 1) throw new Error(`${collection} ${JSON.stringify(where)}: ${found.length} documents`);
      return found[0]._id;
    },
  };
}

/** A seeded deal's id by its title. */
export const dealId = (s: Scene, title: string) => s.idOf('deals', { title });
