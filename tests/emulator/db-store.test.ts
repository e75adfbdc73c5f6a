import fs from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { DocumentStore, loadIndexFile } from '../../emulator/db';

type Reply = Record<string, any>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const open = (file: string) =>
  DocumentStore.open({
    file,
    collections: ['notes'],
    indexes: [{ collection: 'notes', name: 'tag', keys: [{ field: 'tag', direction: 1 }] }],
    now: () => 0,
  });

describe('DocumentStore', () => {
  it('keeps committed writes and indexes across a reopen of the same file', () => {
    const file = path.join(dir, 'reopen.sqlite');
    const first = open(file);
    first.handle({ action: 'database.insertDocument', collectionName: 'notes', data: ['{"_id":"n1","tag":"a","at":{"$date":{"$numberLong":"1000"}}}'] });
    first.handle({ action: 'database.addCollection', collectionName: 'extra' });
    first.close();
    const second = open(file);
    const got = second.handle({ action: 'database.getDocument', collectionName: 'notes', queryType: 'DOC', query: '{"_id":"n1"}' }) as Reply;
    expect(got.data.list).toEqual(['{"_id":"n1","tag":"a","at":{"$date":{"$numberLong":"1000"}}}']);
    expect((second.handle({ action: 'database.calculateDocument', collectionName: 'extra' }) as Reply).data.total).toBe(0);
    expect(second.explain('notes', '{"tag":"a"}').join('\n')).toMatch(/USING INDEX ix_notes_tag/);
    second.close();
  });

  it('counts round trips per action until reset', () => {
    const store = open(':memory:');
    store.handle({ action: 'database.calculateDocument', collectionName: 'notes' });
    store.handle({ action: 'database.calculateDocument', collectionName: 'notes' });
    store.handle({ action: 'database.startTransaction' });
    expect(store.counters).toEqual({ requests: 3, byAction: { 'database.calculateDocument': 2, 'database.startTransaction': 1 } });
    store.resetCounters();
    expect(store.counters).toEqual({ requests: 0, byAction: {} });
    store.close();
  });

  it("answers with the SDK's wire shapes", () => {
    const store = open(':memory:');
    const call = (body: Reply) => store.handle(body) as Reply;
    expect(call({ action: 'database.insertDocument', collectionName: 'notes', data: ['{"_id":"a","n":{"$numberInt":"1"}}'] }))
      .toEqual({ data: { insertedIds: ['a'] }, requestId: expect.any(String) });
    expect(call({ action: 'database.modifyDocument', collectionName: 'notes', queryType: 'DOC', query: '{"_id":"a"}', data: '{"$inc":{"n":{"$numberInt":"1"}}}', merge: true }))
      .toEqual({ data: { updated: 1, upsert_id: null }, requestId: expect.any(String) });
    expect(call({ action: 'database.modifyAndReturnDoc', collectionName: 'notes', queryType: 'WHERE', query: '{"_id":"a"}', data: '{"$inc":{"n":{"$numberInt":"1"}}}' }))
      .toEqual({ data: { updated: 1, doc: '{"_id":"a","n":3}' }, requestId: expect.any(String) });
    expect(call({ action: 'database.calculateDocument', collectionName: 'notes', queryType: 'WHERE' }))
      .toEqual({ data: { total: 1 }, requestId: expect.any(String) });
    const agg = call({ action: 'database.aggregateDocuments', collectionName: 'notes', stages: [{ stageKey: '$project', stageValue: '{"n":1}' }] });
    expect(agg).toEqual({ data: { list: [expect.any(String)] }, requestId: expect.any(String) });
    expect(JSON.parse(agg.data.list[0])).toEqual({ _id: 'a', n: 3 });
    const tx = call({ action: 'database.startTransaction' });
    expect(tx).toEqual({ transactionId: expect.stringMatching(/^[0-9a-f]{32}$/), requestId: expect.any(String) });
    expect(call({ action: 'database.commitTransaction', transactionId: tx.transactionId })).toEqual({ requestId: expect.any(String) });
    expect(call({ action: 'database.removeDocument', collectionName: 'notes', queryType: 'DOC', query: '{"_id":"a"}' }))
      .toEqual({ data: { deleted: 1 }, requestId: expect.any(String) });
    store.close();
  });

  it('never throws, whatever the body: every reply is data or a { code, message, requestId } error', () => {
    const store = open(':memory:');
    const actions = ['getDocument', 'calculateDocument', 'insertDocument', 'modifyDocument', 'modifyAndReturnDoc',
      'removeDocument', 'aggregateDocuments', 'startTransaction', 'commitTransaction', 'abortTransaction', 'addCollection'];
    const ejsonish = fc.oneof(
      fc.json(),
      fc.constantFrom('{"$date":{"$numberLong":"x"}}', '{"a":{"$regularExpression":{"pattern":"(","options":""}}}',
        '{"$set":{"_id":1}}', '{"a":{"$tcb_server_date":{"offset":"z"}}}', '{"n":{"$gt":{"$date":1}}}', '[1]'),
    );
    const body = fc.record(
      {
        action: fc.oneof(fc.constantFrom(...actions.map((a) => `database.${a}`)), fc.anything()),
        collectionName: fc.oneof(fc.constant('notes'), fc.constant('missing'), fc.anything()),
        queryType: fc.constantFrom('DOC', 'WHERE', 'x'),
        query: ejsonish,
        data: fc.oneof(ejsonish, fc.array(ejsonish, { maxLength: 3 }), fc.anything()),
        order: ejsonish,
        projection: ejsonish,
        limit: fc.anything(),
        offset: fc.anything(),
        multi: fc.anything(),
        merge: fc.anything(),
        upsert: fc.anything(),
        transactionId: fc.oneof(fc.constant(undefined), fc.string()),
        stages: fc.oneof(fc.anything(), fc.array(fc.record({ stageKey: fc.constantFrom('$match', '$group', '$x'), stageValue: ejsonish }))),
      },
      { requiredKeys: ['action'] },
    );
    fc.assert(
      fc.property(body, (b) => {
        const reply = store.handle(b as Record<string, unknown>) as Reply;
        expect(typeof reply.requestId).toBe('string');
        if ('code' in reply) expect(reply).toEqual({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
      }),
      { numRuns: 400 },
    );
    store.close();
  });

  it('loads the project index file', () => {
    const { collections, indexes } = loadIndexFile(path.join(__dirname, '..', '..', 'database', 'indexes.json'));
    expect(collections).toEqual(expect.arrayContaining(['users', 'products', 'deals', 'groups', 'orders', 'config']));
    expect(indexes).toContainEqual({
      collection: 'orders',
      name: 'openid_createdAt',
      keys: [{ field: 'openid', direction: 1 }, { field: 'createdAt', direction: -1 }],
      unique: false,
    });
  });
});
