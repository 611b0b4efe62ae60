/**
 * The world map for choropleths: Natural Earth's 1:110m countries from the
 * world-atlas package (TopoJSON, bundled with the page, never downloaded at
 * run time), turned into GeoJSON whose regions are named by their ISO 3166-1
 * alpha-2 code, the code the API uses. world-atlas identifies countries by
 * their ISO numeric code; i18n-iso-countries translates.
 */
import { numericToAlpha2 } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { registerMap } from './echarts';

export const WORLD_MAP = 'licensehub-world';

/** Regions with no ISO numeric code in Natural Earth, by their atlas name. */
const UNCODED: Record<string, string> = { Kosovo: 'XK' };
/** Antarctica: nobody buys licenses there, and it would take a third of the map's height. */
const LEFT_OUT = new Set(['010']);

let atlasNames: Map<string, string> | undefined;

/** Registers the map with ECharts (once) and returns the atlas's English name of every region by code. */
export function ensureWorldMap(): Map<string, string> {
  if (atlasNames) return atlasNames;
  // Kept: TypeScript types an imported JSON file by its values (`type: string`, plain arrays), not as the TopoJSON it is.
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const names = new Map<string, string>();
  const features = countries.features
    .filter((region) => !LEFT_OUT.has(String(region.id)))
    .flatMap((region) => {
      const geometry = polygonsOf(region.geometry);
      if (!geometry) return [];
      const atlasName = region.properties?.name ?? '';
      const code = (region.id !== undefined ? numericToAlpha2(String(region.id)) : undefined) ?? UNCODED[atlasName];
      if (code) names.set(code, atlasName);
      // Regions without a code keep a name no data can match, so they stay grey.
      return [{ type: 'Feature' as const, geometry: cutAtAntimeridian(geometry), properties: { name: code ?? `~${atlasName}` } }];
    });
  registerMap(WORLD_MAP, { type: 'FeatureCollection', features });
  atlasNames = names;
  return names;
}

type Ring = number[][];
/** A region's shape: the atlas's countries are polygons, one or several. */
type RegionGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** The region's shape as the map draws it (the atlas holds no points or lines; anything else is left out). */
function polygonsOf(geometry: Geometry | null): RegionGeometry | null {
  if (geometry?.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates };
  if (geometry?.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates };
  return null;
}

/**
 * world-atlas keeps shapes whole on the sphere: Russia's and Fiji's rings run
 * across the 180° meridian, from +180 straight to −180, which a flat map
 * draws as a band across the whole world. Such rings are unwrapped into one
 * continuous run of longitudes, then cut into the part east of −180 and the
 * part west of +180.
 */
export function cutAtAntimeridian(geometry: RegionGeometry): RegionGeometry {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some((polygon) => polygon.some(crosses))) return geometry;
  const pieces: Ring[][] = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || !crosses(outer)) {
      pieces.push(polygon);
      continue;
    }
    // The 1:110m atlas has no holes in the few shapes that cross; any would be dropped with the cut.
    const unwrapped = unwrap(outer);
    for (const shift of [-360, 0, 360]) {
      const moved = unwrapped.map(([x, y]) => [x! + shift, y!]);
      const piece = clip(clip(moved, -180, 1), 180, -1);
      if (piece.length >= 4) pieces.push([piece]);
    }
  }
  return { type: 'MultiPolygon', coordinates: pieces };
}

const crosses = (ring: Ring) => ring.some((point, i) => i > 0 && Math.abs(point[0]! - ring[i - 1]![0]!) > 180);

function unwrap(ring: Ring): Ring {
  let offset = 0;
  return ring.map(([x, y], i) => {
    if (i > 0) {
      const step = x! - ring[i - 1]![0]!;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [x! + offset, y!];
  });
}

/** Sutherland–Hodgman against one vertical line: keeps the side where (x − at) × side ≥ 0. */
function clip(ring: Ring, at: number, side: 1 | -1): Ring {
  const inside = (p: number[]) => (p[0]! - at) * side >= 0;
  const cross = (a: number[], b: number[]) => [at, a[1]! + ((b[1]! - a[1]!) * (at - a[0]!)) / (b[0]! - a[0]!)];
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  if (out.length > 0) out.push([...out[0]!]);
  return out;
}

/*
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): areas keep
 * their true proportions, so a choropleth does not exaggerate the north, and
 * the shapes look familiar. ECharts fits the projected bounds into the chart.
 */
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

export function equalEarth([longitude, latitude]: number[]): number[] {
  const lambda = longitude! * RADIANS;
  const theta = Math.asin(M * Math.sin(latitude! * RADIANS));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  // Screen coordinates grow downwards.
  return [x, -y];
}

export function equalEarthInverse([x, screenY]: number[]): number[] {
  const y = -screenY!;
  let theta = y;
  let t2 = theta * theta;
  let t6 = t2 * t2 * t2;
  for (let i = 0; i < 12; i++) {
    const fy = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
    const fpy = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
    const delta = fy / fpy;
    theta -= delta;
    t2 = theta * theta;
    t6 = t2 * t2 * t2;
    if (Math.abs(delta) < 1e-12) break;
  }
  const lambda = (M * x! * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))) / Math.cos(theta);
  return [lambda / RADIANS, Math.asin(Math.sin(theta) / M) / RADIANS];
}
