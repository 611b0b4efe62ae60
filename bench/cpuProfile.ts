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
  /**
   * Runs of samples with no idle one between them: how long the thread held its event loop (or
   * waited for a core while busy: V8 samples wall time). A check that arrives during one waits for its end.
   */
  stretches: { count: number; atLeast8Ms: number; atLeast16Ms: number; insideLong: { name: string; percent: number }[] };
}

const IDLE = new Set(['(idle)', '(program)']);
/** Stretches at least this long are the ones a check's p99 sees; their functions are ranked apart. */
const LONG_STRETCH_MICROS = 8_000;

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
  const stretches = new Stretches();
  let idle = 0;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i]! < from) continue;
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    total += micros;
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    if (frame.functionName === '(idle)') stretches.end();
    else stretches.add(name, micros);
    if (IDLE.has(frame.functionName)) {
      idle += micros;
      continue;
    }
    add(areas, areaOf(frame), micros);
    add(functions, name, micros);
  }
  stretches.end();
  const busy = total - idle || 1;
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, percent: (micros * 100) / busy }));
  const insideLong = [...stretches.insideLong].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => ({ name, percent: (micros * 100) / (stretches.longMicros || 1) }));
  return {
    title,
    windowMs: total / 1000,
    idlePercent: total ? (idle * 100) / total : 0,
    areas: ranked(areas),
    functions: ranked(functions),
    stretches: { count: stretches.count, atLeast8Ms: stretches.atLeast8Ms, atLeast16Ms: stretches.atLeast16Ms, insideLong },
  };
}

/** Counts the busy stretches and, for the long ones, where their time went. */
class Stretches {
  count = 0;
  atLeast8Ms = 0;
  atLeast16Ms = 0;
  longMicros = 0;
  readonly insideLong = new Map<string, number>();
  private current = new Map<string, number>();
  private micros = 0;

  add(name: string, micros: number): void {
    add(this.current, name, micros);
    this.micros += micros;
  }

  end(): void {
    if (this.micros === 0) return;
    this.count++;
    if (this.micros >= LONG_STRETCH_MICROS) {
      this.atLeast8Ms++;
      this.longMicros += this.micros;
      for (const [name, micros] of this.current) add(this.insideLong, name, micros);
    }
    if (this.micros >= 2 * LONG_STRETCH_MICROS) this.atLeast16Ms++;
    this.current = new Map();
    this.micros = 0;
  }
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
