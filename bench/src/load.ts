import autocannon from 'autocannon';

/** One or more load runs' figures. Latencies in milliseconds, from every response (not autocannon's whole-ms histogram). */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The median of the runs' own p50s: one slow slice (the machine busy elsewhere) does not move it. */
  p50OfSlices: number;
  requests: number;
  seconds: number;
  latencies: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Several runs of one target as one result: requests over the summed time, percentiles of every response. */
export function merge(runs: readonly LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const sliceP50s = runs.map((r) => r.p50).sort((a, b) => a - b);
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return {
    requestsPerSecond: requests / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    p50OfSlices: sliceP50s[Math.floor((sliceP50s.length - 1) / 2)] ?? 0,
    requests,
    seconds,
    latencies,
  };
}

/** What to send. `body` is called per request, so a write test can vary what it writes. */
export interface LoadTarget {
  url: string;
  method?: 'GET' | 'PATCH' | 'POST';
  headers?: Record<string, string>;
  /** Per request: the path (with query) and, for writes, a JSON body. */
  request?: () => { path: string; body?: unknown };
}

/**
 * Runs autocannon against one target on loopback for `seconds`: as fast as `connections` connections
 * allow (saturation), or at a fixed overall `rate` of requests per second (latency below saturation).
 * @throws Error when any request failed, so a broken run never prints a figure.
 */
export async function load(
  target: LoadTarget,
  options: { seconds: number; connections?: number; rate?: number },
): Promise<LoadResult> {
  const request = target.request;
  const latencies: number[] = [];
  const result = await autocannon({
    setupClient: (client) => {
      client.on('response', (status: number, _bytes: number, duration: number) => {
        if (status < 300) latencies.push(duration);
      });
    },
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers,
    connections: options.connections ?? 10,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    ...(request
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const next = request();
                return {
                  ...req,
                  path: next.path,
                  ...(next.body === undefined ? {} : { body: JSON.stringify(next.body) }),
                };
              },
            },
          ],
        }
      : {}),
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(
      `${target.method ?? 'GET'} ${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${result.timeouts} timeouts out of ${result.requests.total}`,
    );
  }
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  return merge([
    {
      requestsPerSecond: 0,
      p50,
      p99: 0,
      p50OfSlices: p50,
      requests: latencies.length,
      seconds: options.seconds,
      latencies,
    },
  ]);
}
