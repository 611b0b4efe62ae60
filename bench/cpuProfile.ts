import { readFileSync } from 'node:fs';

/**
 * Where a server spent its CPU during the last `windowSec` seconds of a V8
 * CPU profile (--cpu-prof): self time grouped by package or source folder,
 * and the hottest functions. Idle time is reported apart.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  title: string;
  /** Milliseconds of samples in the window, idle included. */
  windowMs: number;
  idlePercent: number;
  /** Share of busy time, by package (node_modules), LicenseHub folder, Node internals, GC. */
  areas: { name: string; percent: number }[];
  functions: { name: string; percent: number }[];
}

const IDLE = new Set(['(idle)', '(program)']);

export function summarizeProfile(path: string, windowSec: number, title: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Sample times, counted back from the end of the profile.
  const times: number[] = new Array(profile.samples.length);
  let t = profile.endTime;
  for (let i = profile.samples.length - 1; i >= 0; i--) {
    times[i] = t;
    t -= profile.timeDeltas[i] ?? 0;
  }
  const from = profile.endTime - windowSec * 1e6;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let idle = 0;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i]! < from) continue;
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    total += micros;
    const frame = node.callFrame;
    if (IDLE.has(frame.functionName)) {
      idle += micros;
      continue;
    }
    add(areas, areaOf(frame), micros);
    add(functions, `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`, micros);
  }
  const busy = total - idle || 1;
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, percent: (micros * 100) / busy }));
  return { title, windowMs: total / 1000, idlePercent: total ? (idle * 100) / total : 0, areas: ranked(areas), functions: ranked(functions) };
}

function add(map: Map<string, number>, key: string, micros: number) {
  map.set(key, (map.get(key) ?? 0) + micros);
}

function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `native ${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const internal = /^node:(?:internal\/)?([^/]+)/.exec(url);
  if (internal) return `node:${internal[1]!.replace(/\.js$/, '')}`;
  const source = /\/(src|sdk)\/(.+)\/[^/]+$/.exec(url) ?? /\/(src|sdk)\/([^/]+)$/.exec(url);
  if (source) return `licensehub ${source[1]}/${source[2]}`;
  return shortUrl(url);
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/(src|sdk|bench)\//, '$1/');
}
