import { startDbServer, DbServer } from '../helpers/db-server';

/**
 * Issue 19, "as strict as CloudBase": query operators behave as MongoDB's (CloudBase's
 * database is MongoDB), through the real @cloudbase/node-sdk.
 */
type Doc = Record<string, any>;
let s: DbServer;

const GEO = { collection: 'places', name: 'loc_2dsphere', keys: [{ field: 'loc', direction: 1 as const }], kind: '2dsphere' as const };

beforeAll(async () => {
  s = await startDbServer({ collections: ['carts', 'events', 'places', 'plain'], indexes: [GEO] });
  await s.db.collection('carts').add([
    { _id: 'c1', items: [{ sku: 'a', qty: 2 }, { sku: 'b', qty: 5 }], tags: ['x', 'y', 'z'] },
    { _id: 'c2', items: [{ sku: 'a', qty: 7 }, { sku: 'c' }], tags: ['x'] },
    { _id: 'c3', items: [{ sku: 'b', qty: 3, gift: true }], tags: ['y', 'z'] },
    { _id: 'c4', items: [], tags: [] },
  ]);
});
afterAll(() => s.stop());

const ids = (res: { data: Doc[] }) => res.data.map((d) => d._id);

describe('operators on arrays of embedded documents', () => {
  const carts = () => s.db.collection('carts');
  const _ = () => s.db.command;

  it('elemMatch needs one element to meet every condition (a.b conditions may be met by different elements)', async () => {
    expect(ids(await carts().where({ items: _().elemMatch({ sku: 'a', qty: _().gt(5) }) }).get())).toEqual(['c2']);
    // Without elemMatch, sku 'a' and qty > 5 may come from different elements, as in MongoDB.
    expect(ids(await carts().where({ 'items.sku': 'b', 'items.qty': _().gt(4) }).get())).toEqual(['c1']);
    expect(ids(await carts().where({ 'items.sku': 'a', 'items.qty': _().gt(6) }).get())).toEqual(['c2']);
  });

  it('exists on a.b is true when any element has the field', async () => {
    expect(ids(await carts().where({ 'items.gift': _().exists(true) }).get())).toEqual(['c3']);
    expect(ids(await carts().where({ 'items.qty': _().exists(false) }).get())).toEqual(['c4']);
  });

  it('mod on a.b matches when any element matches', async () => {
    expect(ids(await carts().where({ 'items.qty': (_() as any).mod([2, 1]) }).get())).toEqual(['c1', 'c2', 'c3']);
    expect(ids(await carts().where({ 'items.qty': (_() as any).mod([4, 3]) }).get())).toEqual(['c2', 'c3']);
  });

  it('all and size', async () => {
    expect(ids(await carts().where({ tags: _().all(['y', 'z']) }).get())).toEqual(['c1', 'c3']);
    expect(ids(await carts().where({ 'items.sku': _().all(['a', 'b']) }).get())).toEqual(['c1']);
    expect(ids(await carts().where({ items: _().size(2) }).get())).toEqual(['c1', 'c2']);
    expect(ids(await carts().where({ tags: _().size(0) }).get())).toEqual(['c4']);
  });

  it('jsonSchema (db.command.jsonSchema) with bsonType, required, properties and items', async () => {
    const schema = {
      required: ['items'],
      properties: { items: { bsonType: 'array', minItems: 1, items: { bsonType: 'object', required: ['qty'], properties: { qty: { bsonType: 'int', minimum: 3 } } } } },
    };
    expect(ids(await carts().where((_() as any).jsonSchema(schema)).get())).toEqual(['c3']);
    expect(ids(await carts().where((_() as any).jsonSchema({ properties: { tags: { bsonType: 'array', maxItems: 1 } } })).get())).toEqual(['c2', 'c4']);
  });
});

describe('aggregation date operators (time zones as in MongoDB)', () => {
  beforeAll(async () => {
    // 2026-03-01 17:30:15.250 UTC is 2026-03-02 01:30:15.250 in Shanghai (a Monday there, a Sunday in UTC).
    await s.db.collection('events').add({ _id: 'e1', at: new Date('2026-03-01T17:30:15.250Z') });
  });

  it('reads the parts of a date in UTC by default and in the given time zone', async () => {
    const tz = 'Asia/Shanghai';
    const res = await s.db
      .collection('events')
      .aggregate()
      .project({
        _id: 0,
        utc: { $dateToString: { date: '$at', format: '%Y-%m-%d %H:%M:%S.%L' } },
        sh: { $dateToString: { date: '$at', format: '%Y-%m-%d %H:%M:%S', timezone: tz } },
        offset: { $dateToString: { date: '$at', format: '%H:%M', timezone: '+08:00' } },
        year: { $year: { date: '$at', timezone: tz } },
        month: { $month: { date: '$at', timezone: tz } },
        day: { $dayOfMonth: { date: '$at', timezone: tz } },
        dayUtc: { $dayOfMonth: '$at' },
        hour: { $hour: { date: '$at', timezone: tz } },
        minute: { $minute: { date: '$at', timezone: tz } },
        second: { $second: { date: '$at', timezone: tz } },
        ms: { $millisecond: '$at' },
        dow: { $dayOfWeek: { date: '$at', timezone: tz } },
        dowUtc: { $dayOfWeek: '$at' },
        doy: { $dayOfYear: { date: '$at', timezone: tz } },
        week: { $week: { date: '$at', timezone: tz } },
        isoWeek: { $isoWeek: { date: '$at', timezone: tz } },
        isoDow: { $isoDayOfWeek: { date: '$at', timezone: tz } },
        parts: { $dateToParts: { date: '$at', timezone: tz } },
      })
      .limit(1)
      .end();
    expect(res.data).toEqual([
      {
        utc: '2026-03-01 17:30:15.250',
        sh: '2026-03-02 01:30:15',
        offset: '01:30',
        year: 2026,
        month: 3,
        day: 2,
        dayUtc: 1,
        hour: 1,
        minute: 30,
        second: 15,
        ms: 250,
        dow: 2,
        dowUtc: 1,
        doy: 61,
        week: 9,
        isoWeek: 10,
        isoDow: 1,
        parts: { year: 2026, month: 3, day: 2, hour: 1, minute: 30, second: 15, millisecond: 250 },
      },
    ]);
  });

  it('groups by the local day and builds dates from parts in a time zone', async () => {
    const res = await s.db
      .collection('events')
      .aggregate()
      .group({ _id: { $dateToString: { date: '$at', format: '%Y-%m-%d', timezone: 'Asia/Shanghai' } }, n: { $sum: 1 } })
      .project({ n: 1, start: { $dateFromParts: { year: 2026, month: 3, day: 2, timezone: 'Asia/Shanghai' } }, parsed: { $dateFromString: { dateString: '2026-03-02 08:00', timezone: 'Asia/Shanghai' } } })
      .limit(5)
      .end();
    expect(res.data).toEqual([{ _id: '2026-03-02', n: 1, start: new Date('2026-03-01T16:00:00Z'), parsed: new Date('2026-03-02T00:00:00Z') }]);
  });
});

describe('geo on a 2dsphere index', () => {
  // Around Guangzhou: distances from the query point (113.3, 23.1).
  const P = (lon: number, lat: number) => new (s.db.Geo as any).Point(lon, lat);
  beforeAll(async () => {
    await s.db.collection('places').add([
      { _id: 'far', loc: P(113.4, 23.1), kind: 'shop' }, // ~10.2 km east
      { _id: 'near', loc: P(113.301, 23.1), kind: 'shop' }, // ~102 m east
      { _id: 'mid', loc: P(113.3, 23.12), kind: 'pickup' }, // ~2.2 km north
      { _id: 'none', kind: 'shop' },
    ]);
    await s.db.collection('plain').add({ _id: 'p', loc: P(113.3, 23.1) });
  });
  const places = () => s.db.collection('places');
  const _ = () => s.db.command;

  it('geoNear answers nearest first within min/max distance in metres', async () => {
    expect(ids(await places().where({ loc: _().geoNear({ geometry: P(113.3, 23.1) }) }).get())).toEqual(['near', 'mid', 'far']);
    expect(ids(await places().where({ loc: _().geoNear({ geometry: P(113.3, 23.1), maxDistance: 5000 }) }).get())).toEqual(['near', 'mid']);
    expect(ids(await places().where({ loc: _().geoNear({ geometry: P(113.3, 23.1), minDistance: 1000, maxDistance: 20000 }) }).get())).toEqual(['mid', 'far']);
    expect(ids(await places().where({ kind: 'shop', loc: _().geoNear({ geometry: P(113.3, 23.1), maxDistance: 100 }) }).get())).toEqual([]);
    expect(ids(await places().where({ kind: 'shop', loc: _().geoNear({ geometry: P(113.3, 23.1) }) }).limit(1).get())).toEqual(['near']);
  });

  it('geoWithin a polygon or a centerSphere (radians of a 6378.1 km sphere)', async () => {
    const { Polygon, LineString } = s.db.Geo as any;
    const box = new Polygon([new LineString([P(113.29, 23.09), P(113.31, 23.09), P(113.31, 23.13), P(113.29, 23.13), P(113.29, 23.09)])]);
    expect(ids(await places().where({ loc: _().geoWithin({ geometry: box }) }).get()).sort()).toEqual(['mid', 'near']);
    expect(ids(await places().where({ loc: _().geoWithin({ centerSphere: [[113.3, 23.1], 3 / 6378.1] }) }).get()).sort()).toEqual(['mid', 'near']);
    expect(ids(await places().where({ loc: _().geoWithin({ centerSphere: [[113.3, 23.1], 0.05 / 6378.1] }) }).get())).toEqual([]);
  });

  it('geoIntersects a line or a polygon', async () => {
    const { Polygon, LineString } = s.db.Geo as any;
    const line = new LineString([P(113.3, 23.0), P(113.3, 23.2)]);
    expect(ids(await places().where({ loc: _().geoIntersects({ geometry: line }) }).get())).toEqual(['mid']);
    const tri = new Polygon([new LineString([P(113.35, 23.0), P(113.45, 23.0), P(113.45, 23.2), P(113.35, 23.0)])]);
    expect(ids(await places().where({ loc: _().geoIntersects({ geometry: tri }) }).get())).toEqual(['far']);
  });

  it('the $geoNear stage adds the distance in metres, nearest first, with query, maxDistance and key', async () => {
    const res = await places()
      .aggregate()
      .geoNear({ near: P(113.3, 23.1), spherical: true, distanceField: 'dist.m', includeLocs: 'at', query: { kind: 'shop' }, maxDistance: 50000, key: 'loc' })
      .project({ _id: 1, dist: 1, at: 1 })
      .limit(10)
      .end();
    expect(ids(res)).toEqual(['near', 'far']);
    expect(res.data[0].dist.m).toBeCloseTo(102.4, 0);
    expect(res.data[1].dist.m).toBeCloseTo(10236, -1);
    expect(res.data[0].at).toEqual({ type: 'Point', coordinates: [113.301, 23.1] });
    const km = await places().aggregate().geoNear({ near: P(113.3, 23.1), spherical: true, distanceField: 'km', distanceMultiplier: 0.001 }).limit(1).end();
    expect(km.data[0].km).toBeCloseTo(0.1024, 3);
  });

  it('refuses geo queries on a field without a 2dsphere index, as MongoDB planner does', async () => {
    const plain = s.db.collection('plain');
    await expect(plain.where({ loc: _().geoNear({ geometry: P(113.3, 23.1) }) }).get()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('unable to find index for $geoNear query'),
    });
    await expect(plain.where({ loc: _().geoWithin({ centerSphere: [[113.3, 23.1], 0.01] }) }).get()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('unable to find index'),
    });
    await expect(plain.aggregate().geoNear({ near: P(113.3, 23.1), spherical: true, distanceField: 'd' }).limit(5).end()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('unable to find index for $geoNear query'),
    });
  });

  it('refuses $geoNear after the first stage and geoNear inside $match', async () => {
    await expect(places().aggregate().match({ kind: 'shop' }).geoNear({ near: P(113.3, 23.1), spherical: true, distanceField: 'd' }).limit(5).end()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('$geoNear is only valid as the first stage'),
    });
    await expect(places().aggregate().match({ loc: _().geoNear({ geometry: P(113.3, 23.1) }) }).limit(5).end()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('not allowed in this context'),
    });
  });
});
