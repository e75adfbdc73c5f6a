import { DocumentStore } from '../../emulator/db';

type Reply = Record<string, any>;

function open() {
  const store = DocumentStore.open({ file: ':memory:', collections: ['deals', 'orders'], indexes: [], now: () => 0 });
  const call = (body: Reply) => {
    const reply = store.handle(body) as Reply;
    if (reply.code) throw new Error(`${reply.code}: ${reply.message}`);
    return reply;
  };
  const insert = (coll: string, doc: Reply, tx?: string) =>
    call({ action: 'database.insertDocument', collectionName: coll, data: [JSON.stringify(doc)], transactionId: tx });
  const update = (coll: string, query: Reply, data: Reply, extra: Reply = {}) =>
    call({ action: 'database.modifyDocument', collectionName: coll, queryType: 'WHERE', multi: true, merge: true, query: JSON.stringify(query), data: JSON.stringify(data), ...extra });
  return { store, call, insert, update };
}

describe('per-document write counts', () => {
  it('counts every committed write by collection and _id, and resets', () => {
    const { store, call, insert, update } = open();
    insert('deals', { _id: 'd1', n: 0 });
    insert('deals', { _id: 'd2', n: 0 });
    for (let i = 0; i < 3; i++) update('deals', { _id: 'd1', n: { $lt: 10 } }, { $inc: { n: 1 } });
    // set() replaces, remove() deletes: both are writes.
    call({ action: 'database.modifyDocument', collectionName: 'deals', queryType: 'DOC', query: '{"_id":"d2"}', data: '{"n":5}', merge: false });
    call({ action: 'database.removeDocument', collectionName: 'deals', queryType: 'DOC', query: '{"_id":"d2"}' });
    expect(store.docWrites.count('deals', 'd1')).toBe(4);
    expect(store.docWrites.count('deals', 'd2')).toBe(3);
    expect(store.docWrites.busiest()).toEqual({ collection: 'deals', id: 'd1', writes: 4 });
    expect(store.docWrites.total('deals')).toBe(7);

    store.docWrites.reset();
    expect(store.docWrites.busiest()).toBeNull();
    expect(store.docWrites.count('deals', 'd1')).toBe(0);
    store.close();
  });

  it('counts nothing for a write that did not happen: a failed condition, an unchanged document, a missing one', () => {
    const { store, call, insert, update } = open();
    insert('deals', { _id: 'd1', n: 5 });
    store.docWrites.reset();
    expect(update('deals', { _id: 'd1', n: { $gte: 6 } }, { $inc: { n: -6 } }).data.updated).toBe(0);
    expect(update('deals', { _id: 'd1' }, { $set: { n: 5 } }).data.updated).toBe(0);
    call({ action: 'database.removeDocument', collectionName: 'deals', queryType: 'DOC', query: '{"_id":"nope"}' });
    expect(store.docWrites.total()).toBe(0);
    store.close();
  });

  it('counts each document of a multi-document update, and per collection', () => {
    const { store, insert, update } = open();
    for (const id of ['a', 'b', 'c']) insert('orders', { _id: id, deal: 'd1', paid: false });
    insert('deals', { _id: 'a', n: 0 });
    update('orders', { deal: 'd1' }, { $set: { paid: true } });
    update('orders', { _id: 'b' }, { $set: { paid: false } });
    expect(store.docWrites.top(10, 'orders')).toEqual([
      { collection: 'orders', id: 'b', writes: 3 },
      { collection: 'orders', id: 'a', writes: 2 },
      { collection: 'orders', id: 'c', writes: 2 },
    ]);
    expect(store.docWrites.busiest('deals')).toEqual({ collection: 'deals', id: 'a', writes: 1 });
    store.close();
  });

  it('counts a transaction’s writes when it commits, not when it aborts', () => {
    const { store, call, insert } = open();
    insert('orders', { _id: 'o1', n: 0 });
    store.docWrites.reset();
    const tx = call({ action: 'database.startTransaction' }).transactionId as string;
    insert('orders', { _id: 'o2', n: 0 }, tx);
    call({ action: 'database.modifyDocument', collectionName: 'orders', queryType: 'DOC', query: '{"_id":"o1"}', data: '{"$inc":{"n":1}}', merge: true, transactionId: tx });
    expect(store.docWrites.total()).toBe(0);
    call({ action: 'database.commitTransaction', transactionId: tx });
    expect(store.docWrites.count('orders', 'o1')).toBe(1);
    expect(store.docWrites.count('orders', 'o2')).toBe(1);

    const aborted = call({ action: 'database.startTransaction' }).transactionId as string;
    call({ action: 'database.modifyDocument', collectionName: 'orders', queryType: 'DOC', query: '{"_id":"o1"}', data: '{"$inc":{"n":1}}', merge: true, transactionId: aborted });
    call({ action: 'database.abortTransaction', transactionId: aborted });
    expect(store.docWrites.total()).toBe(2);
    store.close();
  });

  it('is not reset by resetCounters(), which resets the request counters', () => {
    const { store, insert } = open();
    insert('deals', { _id: 'd1' });
    store.resetCounters();
    expect(store.docWrites.count('deals', 'd1')).toBe(1);
    store.close();
  });
});
