import fp from 'fastify-plugin';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
    /** Records answered requests; also used by paths that answer outside Fastify's pipeline (the runtime check fast path). */
    httpMetrics: HttpMetrics;
  }
}

export interface HttpMetrics {
  observe(method: string, route: string, status: number, seconds: number): void;
  /** One (method, route, status) series, resolved once: observing it is a bucket increment. */
  series(method: string, route: string, status: number): { observe(seconds: number): void };
}

const REDUNDANT_TOTALS = ['licensehub_nodejs_active_handles_total', 'licensehub_nodejs_active_requests_total', 'licensehub_nodejs_active_resources_total'];

const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

class Series {
  readonly counts = new Float64Array(BUCKETS.length + 1);
  sum = 0;
  count = 0;
  constructor(readonly labels: { method: string; route: string; status: string }) {}
  observe(seconds: number): void {
    let i = 0;
    while (i < BUCKETS.length && seconds > BUCKETS[i]!) i++;
    this.counts[i]!++;
    this.sum += seconds;
    this.count++;
  }
}

/**
 * The request-duration histogram, in prom-client's exposition format but
 * without its per-observation label hashing (which cost more than the whole
 * license decision on the check's hot path): each (method, route, status)
 * series is found once by one string key and then only counts.
 */
class RequestDurations {
  readonly name = 'licensehub_http_request_duration_seconds';
  readonly help = 'HTTP request duration by route';
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly all = new Map<string, Series>();

  series(method: string, route: string, status: number): Series {
    const key = `${method} ${status} ${route}`;
    let series = this.all.get(key);
    if (!series) this.all.set(key, (series = new Series({ method, route, status: String(status) })));
    return series;
  }

  async get() {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
    for (const series of this.all.values()) {
      let cumulative = 0;
      BUCKETS.forEach((le, i) => {
        cumulative += series.counts[i]!;
        values.push({ labels: { ...series.labels, le }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { ...series.labels, le: '+Inf' }, value: series.count, metricName: `${this.name}_bucket` });
      values.push({ labels: { ...series.labels }, value: series.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { ...series.labels }, value: series.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.all.clear();
  }
}

/** Prometheus text at /metrics: request rates and latencies per route, plus Node's own gauges. */
export const metricsPlugin = fp(
  async (app) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'licensehub_' });
    // prom-client names three gauges *_total, which Prometheus reserves for counters (promtool
    // check metrics fails on them). Each repeats the sum of its per-type gauge
    // (licensehub_nodejs_active_handles{type} and so on), so they go.
    for (const redundant of REDUNDANT_TOTALS) registry.removeSingleMetric(redundant);
    const durations = new RequestDurations();
    registry.registerMetric(durations as unknown as Parameters<Registry['registerMetric']>[0]);
    const errors = new Counter({
      name: 'licensehub_http_errors_total',
      help: 'Responses with status 500 or above',
      labelNames: ['route'],
      registers: [registry],
    });
    const httpMetrics: HttpMetrics = {
      observe(method, route, status, seconds) {
        durations.series(method, route, status).observe(seconds);
        if (status >= 500) errors.inc({ route });
      },
      series: (method, route, status) => durations.series(method, route, status),
    };
    app.decorate('metrics', registry);
    app.decorate('httpMetrics', httpMetrics);
    app.addHook('onResponse', async (request, reply) => {
      httpMetrics.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    });
    app.get('/metrics', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: 'metrics' },
);
