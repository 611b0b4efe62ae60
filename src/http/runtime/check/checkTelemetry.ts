import type { FastifyBaseLogger } from 'fastify';
import type { Registry } from 'prom-client';
import { DECISION_CODES, type DecisionCode } from '../../../domain/licenses/decision.js';

const CODE_INDEX = new Map<string, number>(DECISION_CODES.map((d, i) => [d.code, i]));
/** Sampled checks wait here for the next flush; beyond this many, the rest of a second's samples are dropped. */
const MAX_WAITING_SAMPLES = 1_000;
const FLUSH_MS = 1_000;

export function decisionIndex(code: DecisionCode): number {
  return CODE_INDEX.get(code)!;
}

interface Sample {
  at: number;
  codeIndex: number;
  /** The request as it arrived (raw bytes, parsed only when the sample is written, off the hot path) or as validated. */
  body: Buffer | object;
  tokenId: string | undefined;
}

/**
 * What the license check reports about itself without slowing down: a count
 * per decision code (an array increment per check) and structured log lines
 * for one check in `sampleEvery`, collected as they happen and written once a
 * second by a timer, so neither logging nor JSON parsing runs on the check's path.
 */
export class CheckTelemetry {
  private readonly decisions = new Float64Array(DECISION_CODES.length);
  private samples: Sample[] = [];
  private untilSample: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly log: FastifyBaseLogger,
    /** 0: no check logs; n: one check in every n is logged. */
    private readonly sampleEvery: number,
  ) {
    this.untilSample = sampleEvery;
  }

  /** Counts one decision; true when this check's turn to be logged has come (then call `sample`). */
  count(codeIndex: number): boolean {
    this.decisions[codeIndex]!++;
    if (this.sampleEvery === 0 || --this.untilSample > 0) return false;
    this.untilSample = this.sampleEvery;
    return true;
  }

  /** Keeps a check for the next log flush. */
  sample(codeIndex: number, body: Buffer | object, tokenId: string | undefined): void {
    if (this.samples.length < MAX_WAITING_SAMPLES) this.samples.push({ at: Date.now(), codeIndex, body: Buffer.isBuffer(body) ? Buffer.from(body) : body, tokenId });
  }

  /** Exposes licensehub_check_decisions_total{code} on the registry, and starts writing sampled checks. */
  register(registry: Registry): void {
    const decisions = this.decisions;
    registry.registerMetric({
      name: 'licensehub_check_decisions_total',
      help: 'License check decisions by code (runtime API, batch and token routes)',
      type: 'counter',
      aggregator: 'sum',
      get: async () => ({
        name: 'licensehub_check_decisions_total',
        help: 'License check decisions by code (runtime API, batch and token routes)',
        type: 'counter',
        aggregator: 'sum',
        values: DECISION_CODES.map((d, i) => ({ labels: { code: d.code }, value: decisions[i]! })),
      }),
      reset: () => decisions.fill(0),
    } as unknown as Parameters<Registry['registerMetric']>[0]);
    if (this.sampleEvery > 0 && !this.timer) {
      this.timer = setInterval(() => this.flush(), FLUSH_MS);
      this.timer.unref();
    }
  }

  decisionsOf(code: DecisionCode): number {
    return this.decisions[decisionIndex(code)]!;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
  }

  /** Writes the waiting samples as log lines (`license check`, with tenant, user, app module and code). */
  flush(): void {
    const samples = this.samples;
    this.samples = [];
    for (const sample of samples) {
      let request: { tenantId?: unknown; user?: unknown; appModule?: unknown } = {};
      if (!Buffer.isBuffer(sample.body)) request = sample.body as typeof request;
      else {
        try {
          request = JSON.parse(sample.body.toString()) as typeof request;
        } catch {
          // not JSON: the check could not have answered it, so it is never sampled
        }
      }
      this.log.info(
        {
          check: {
            at: new Date(sample.at).toISOString(),
            code: DECISION_CODES[sample.codeIndex]!.code,
            tenantId: request.tenantId,
            user: request.user,
            appModule: request.appModule,
            runtimeKeyId: sample.tokenId,
            sampledOneIn: this.sampleEvery,
          },
        },
        'license check',
      );
    }
  }
}
