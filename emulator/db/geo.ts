import type { Doc } from './ejson';
import { errors } from './errors';

/**
 * Geo queries as MongoDB runs them on a 2dsphere index (CloudBase's database is
 * MongoDB): GeoJSON [longitude, latitude] positions, distances in metres on a sphere
 * of radius 6378.1 km (the radius CloudBase's docs divide by for `centerSphere`,
 * MongoDB's kRadiusOfEarthInMeters). Containment and intersection are judged on the
 * plane of longitude and latitude (MongoDB uses geodesic edges: the two differ only
 * near long edges and the poles).
 */
export const EARTH_RADIUS_M = 6378100;

type Position = [number, number];
interface Shape {
  points: Position[];
  segments: [Position, Position][];
  /** Each polygon: its outer ring, then its holes. */
  polygons: Position[][][];
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: Position, b: Position): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function position(v: unknown): Position | null {
  if (!Array.isArray(v) || v.length < 2) return null;
  const [lon, lat] = v;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return [lon, lat];
}

function positions(v: unknown): Position[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.map(position);
  return out.every((p): p is Position => p !== null) ? out : null;
}

const segmentsOf = (line: Position[]): [Position, Position][] => line.slice(1).map((p, i) => [line[i], p]);

/** A GeoJSON geometry as points, segments and polygons; null when it is not one. */
export function shapeOf(value: unknown): Shape | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { type, coordinates } = value as Doc;
  const shape: Shape = { points: [], segments: [], polygons: [] };
  const addLine = (c: unknown) => {
    const line = positions(c);
    if (!line || line.length < 2) return false;
    shape.points.push(...line);
    shape.segments.push(...segmentsOf(line));
    return true;
  };
  const addPolygon = (c: unknown) => {
    if (!Array.isArray(c) || !c.length) return false;
    const rings = c.map(positions);
    if (!rings.every((r): r is Position[] => !!r && r.length >= 4)) return false;
    shape.polygons.push(rings);
    for (const ring of rings) {
      shape.points.push(...ring);
      shape.segments.push(...segmentsOf(ring));
    }
    return true;
  };
  let ok = false;
  if (type === 'Point') ok = !!position(coordinates) && shape.points.push(position(coordinates)!) > 0;
  else if (type === 'MultiPoint') ok = !!positions(coordinates) && shape.points.push(...positions(coordinates)!) >= 0;
  else if (type === 'LineString') ok = addLine(coordinates);
  else if (type === 'MultiLineString') ok = Array.isArray(coordinates) && coordinates.every(addLine);
  else if (type === 'Polygon') ok = addPolygon(coordinates);
  else if (type === 'MultiPolygon') ok = Array.isArray(coordinates) && coordinates.every(addPolygon);
  return ok ? shape : null;
}

function cross(o: Position, a: Position, b: Position): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function onSegment(p: Position, [a, b]: [Position, Position]): boolean {
  return cross(a, b, p) === 0 && Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

function segmentsCross(s: [Position, Position], t: [Position, Position]): boolean {
  const d1 = cross(t[0], t[1], s[0]);
  const d2 = cross(t[0], t[1], s[1]);
  const d3 = cross(s[0], s[1], t[0]);
  const d4 = cross(s[0], s[1], t[1]);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return onSegment(s[0], t) || onSegment(s[1], t) || onSegment(t[0], s) || onSegment(t[1], s);
}

/** Inside or on the ring (ray casting). */
function inRing(p: Position, ring: Position[]): boolean {
  if (segmentsOf(ring).some((s) => onSegment(p, s))) return true;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(p: Position, [outer, ...holes]: Position[][]): boolean {
  return inRing(p, outer) && !holes.some((h) => inRing(p, h) && !segmentsOf(h).some((s) => onSegment(p, s)));
}

const inAnyPolygon = (p: Position, shape: Shape) => shape.polygons.some((poly) => inPolygon(p, poly));

function intersects(a: Shape, b: Shape): boolean {
  if (a.points.some((p) => b.points.some((q) => p[0] === q[0] && p[1] === q[1]))) return true;
  if (a.points.some((p) => b.segments.some((s) => onSegment(p, s)) || inAnyPolygon(p, b))) return true;
  if (b.points.some((p) => a.segments.some((s) => onSegment(p, s)) || inAnyPolygon(p, a))) return true;
  return a.segments.some((s) => b.segments.some((t) => segmentsCross(s, t)));
}

/** Every point inside the polygons, and no edge leaving them through a hole or out of a concave outline. */
function within(shape: Shape, region: Shape): boolean {
  if (!shape.points.every((p) => inAnyPolygon(p, region))) return false;
  return shape.segments.every((s) => inAnyPolygon([(s[0][0] + s[1][0]) / 2, (s[0][1] + s[1][1]) / 2], region));
}

/** Distance in metres from a point to the nearest vertex of a stored geometry (exact for points). */
function distanceTo(from: Position, shape: Shape): number {
  let best = Infinity;
  for (const p of shape.points) best = Math.min(best, distanceM(from, p));
  if (shape.polygons.length && inAnyPolygon(from, shape)) return 0;
  return best;
}

/** The geometries at a dotted path (through arrays, as MongoDB reads a multikey field). */
function shapesAt(doc: unknown, path: string[]): Shape[] {
  if (Array.isArray(doc) && (!path.length || typeof path[0] !== 'string' || !/^\d+$/.test(path[0]))) {
    const direct = !path.length ? shapeOf(doc) : null;
    return direct ? [direct] : doc.flatMap((d) => shapesAt(d, path));
  }
  if (!path.length) {
    const s = shapeOf(doc);
    return s ? [s] : [];
  }
  if (!doc || typeof doc !== 'object') return [];
  return shapesAt((doc as Doc)[path[0]], path.slice(1));
}

const bad = (message: string) => errors.requestFailed(`[FailedOperation.Query] (BadValue) ${message}`);

function queryShape(arg: unknown, op: string): Shape {
  const geometry = arg && typeof arg === 'object' ? (arg as Doc).$geometry : undefined;
  const shape = shapeOf(geometry);
  if (!shape) throw bad(`${op} needs a valid GeoJSON $geometry`);
  return shape;
}

export interface Near {
  point: Position;
  min: number;
  max: number;
}

function nearOf(arg: unknown, op: string): Near {
  const a = (arg ?? {}) as Doc;
  const geometry = a.$geometry as Doc | undefined;
  const point = geometry?.type === 'Point' ? position(geometry.coordinates) : null;
  if (!point) throw bad(`${op} needs a GeoJSON Point $geometry`);
  const num = (v: unknown, name: string, fallback: number) => {
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !(v >= 0)) throw bad(`${name} must be a non-negative number`);
    return v;
  };
  return { point, min: num(a.$minDistance, '$minDistance', 0), max: num(a.$maxDistance, '$maxDistance', Infinity) };
}

type Predicate = (doc: unknown) => boolean;
const pathOf = (selector: string) => selector.split('.');

/** mingo query operators ($nearSphere / $near filter by distance here; findDocs orders by it). */
export const geoQueryOps = {
  $nearSphere: (selector: string, value: unknown): Predicate => near(selector, value, '$nearSphere'),
  $near: (selector: string, value: unknown): Predicate => near(selector, value, '$near'),
  $geoWithin: (selector: string, value: unknown): Predicate => {
    const v = (value ?? {}) as Doc;
    if (Array.isArray(v.$centerSphere)) {
      const [center, radius] = v.$centerSphere as unknown[];
      const c = position(center);
      if (!c || typeof radius !== 'number' || radius < 0) throw bad('$centerSphere takes [[longitude, latitude], radians]');
      const max = radius * EARTH_RADIUS_M;
      return (doc) => shapesAt(doc, pathOf(selector)).some((s) => s.points.length > 0 && s.points.every((p) => distanceM(c, p) <= max));
    }
    const region = queryShape(v, '$geoWithin');
    if (!region.polygons.length) throw bad('$geoWithin takes a Polygon or MultiPolygon');
    return (doc) => shapesAt(doc, pathOf(selector)).some((s) => within(s, region));
  },
  $geoIntersects: (selector: string, value: unknown): Predicate => {
    const other = queryShape(value, '$geoIntersects');
    return (doc) => shapesAt(doc, pathOf(selector)).some((s) => intersects(s, other));
  },
};

function near(selector: string, value: unknown, op: string): Predicate {
  const n = nearOf(value, op);
  return (doc) =>
    shapesAt(doc, pathOf(selector)).some((s) => {
      const d = distanceTo(n.point, s);
      return d >= n.min && d <= n.max;
    });
}

const GEO_OPS = new Set(['$nearSphere', '$near', '$geoWithin', '$geoIntersects']);

/** Every (field, operator) of a geo condition in a query, through $and / $or / $nor. */
export function geoConditions(query: unknown, out: { field: string; op: string; arg: unknown }[] = []) {
  if (!query || typeof query !== 'object' || Array.isArray(query)) return out;
  for (const [key, value] of Object.entries(query as Doc)) {
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) value.forEach((q) => geoConditions(q, out));
    else if (!key.startsWith('$') && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [op, arg] of Object.entries(value as Doc)) if (GEO_OPS.has(op)) out.push({ field: key, op, arg });
    }
  }
  return out;
}

/** CloudBase answers a geo query on a field without a 2dsphere index as MongoDB's planner does. */
export function noGeoIndex(op: string) {
  const name = op === '$nearSphere' || op === '$near' ? '$geoNear' : op;
  return bad(`error processing query: planner returned error :: caused by :: unable to find index for ${name} query`);
}

/** Refuses geo conditions on fields without a 2dsphere index (CloudBase's docs: 必须建立地理位置索引). */
export function assertGeoIndexed(query: unknown, geoFields: string[]): void {
  const conds = geoConditions(query);
  const nears = conds.filter((c) => c.op === '$nearSphere' || c.op === '$near');
  for (const c of conds) if (!geoFields.includes(c.field)) throw noGeoIndex(c.op);
  if (nears.length > 1) throw bad('Too many geoNear expressions');
}

/** The $nearSphere of a query, whose matches come nearest first unless the request sorts. */
export function nearOfQuery(query: unknown): { field: string; near: Near } | null {
  const c = geoConditions(query).find((x) => x.op === '$nearSphere' || x.op === '$near');
  return c ? { field: c.field, near: nearOf(c.arg, c.op) } : null;
}

/** Sorts documents nearest first by the geometry at `field` (stable: ties keep their order). */
export function byDistance<T>(docs: T[], field: string, point: Position): T[] {
  const keyed = docs.map((doc, i) => ({ doc, i, d: Math.min(...shapesAt(doc, pathOf(field)).map((s) => distanceTo(point, s)), Infinity) }));
  keyed.sort((a, b) => a.d - b.d || a.i - b.i);
  return keyed.map((k) => k.doc);
}

/**
 * The $geoNear stage (it must be the first stage): the documents matching `query`
 * at `minDistance`..`maxDistance` metres of `near`, nearest first, each with its
 * distance (× distanceMultiplier) at `distanceField` and the location at `includeLocs`.
 */
export function geoNearStage(spec: unknown, geoFields: string[], docs: Doc[], matches: (doc: Doc) => boolean): Doc[] {
  const s = (spec ?? {}) as Doc;
  const key = typeof s.key === 'string' ? s.key : undefined;
  if (!geoFields.length || (key && !geoFields.includes(key))) throw noGeoIndex('$geoNear');
  if (!key && geoFields.length > 1) throw bad('There is more than one 2dsphere index; unsure which to use for $geoNear');
  if (typeof s.distanceField !== 'string' || !s.distanceField) throw bad('$geoNear requires a distanceField');
  const near = s.near as Doc | undefined;
  const point = near?.type === 'Point' ? position(near.coordinates) : position(near);
  if (!point) throw bad('$geoNear requires a GeoJSON Point near');
  const field = key ?? geoFields[0];
  const { min, max } = nearOf({ $geometry: { type: 'Point', coordinates: point }, $minDistance: s.minDistance, $maxDistance: s.maxDistance }, '$geoNear');
  const multiplier = typeof s.distanceMultiplier === 'number' ? s.distanceMultiplier : 1;
  const out: { doc: Doc; d: number; i: number }[] = [];
  docs.forEach((doc, i) => {
    if (!matches(doc)) return;
    const shapes = shapesAt(doc, pathOf(field));
    if (!shapes.length) return;
    const d = Math.min(...shapes.map((sh) => distanceTo(point, sh)));
    if (d >= min && d <= max) out.push({ doc, d, i });
  });
  out.sort((a, b) => a.d - b.d || a.i - b.i);
  const limited = typeof s.limit === 'number' && s.limit > 0 ? out.slice(0, s.limit) : out;
  return limited.map(({ doc, d }) => {
    const copy = structuredClone(doc);
    setPath(copy, s.distanceField as string, d * multiplier);
    if (typeof s.includeLocs === 'string' && s.includeLocs) setPath(copy, s.includeLocs, structuredClone(valueAt(doc, pathOf(field))));
    return copy;
  });
}

function valueAt(doc: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Doc)[k] : undefined), doc);
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = doc;
  for (const part of parts.slice(0, -1)) {
    if (!at[part] || typeof at[part] !== 'object') at[part] = {};
    at = at[part] as Doc;
  }
  at[parts[parts.length - 1]] = value;
}
