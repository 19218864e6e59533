import { num } from '../format';
import { type LoadResult, type LoadTarget, load, merge } from '../load';
import type { Row } from '../report';

/** How long each load run lasts, in seconds. */
export interface Durations {
  warmUp: number;
  saturate: number;
  fixedRate: number;
  /** In how many slices each target's run is interleaved with the other targets'. */
  slices: number;
}

/** The figures of one server under one kind of request. */
export interface Measured {
  saturated: LoadResult;
  atRate: LoadResult;
}

/**
 * Runs the targets in turn, ``slices` times each, and merges each target's slices: whatever else the machine
 * does meanwhile (2 cores, shared) then falls on every target alike, so the ratios hold even when the
 * absolute figures move.
 */
async function interleaved(
  targets: Record<string, LoadTarget>,
  { seconds, slices }: { seconds: number; slices: number },
  rate: number | undefined,
): Promise<Record<string, LoadResult>> {
  const runs: Record<string, LoadResult[]> = {};
  const slice = Math.max(1, Math.round(seconds / slices));
  for (let i = 0; i < slices; i++) {
    for (const [name, target] of Object.entries(targets)) {
      const result = await load(target, { seconds: slice, ...(rate ? { rate } : {}) });
      runs[name] = [...(runs[name] ?? []), result];
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([name, results]) => [name, merge(results)]));
}

/** Saturates each target (after a warm-up that also prepares every pooled connection's statements). */
export async function saturate(
  targets: Record<string, LoadTarget>,
  durations: Durations,
): Promise<Record<string, LoadResult>> {
  for (const target of Object.values(targets)) await load(target, { seconds: durations.warmUp });
  return interleaved(targets, { seconds: durations.saturate, slices: durations.slices }, undefined);
}

/** Half the slowest target's saturated rate, in tens: a fixed rate every target serves without queueing. */
export function rateBelow(results: readonly LoadResult[]): number {
  const slowest = Math.min(...results.map((r) => r.requestsPerSecond));
  return Math.max(10, Math.floor(slowest / 20) * 10);
}

/** Runs each target at the same fixed rate. */
export function atRate(
  targets: Record<string, LoadTarget>,
  rate: number,
  durations: Durations,
): Promise<Record<string, LoadResult>> {
  return interleaved(targets, { seconds: durations.fixedRate, slices: durations.slices }, rate);
}

const rps = (r: LoadResult) => `${num(r.requestsPerSecond)} req/s`;
const millis = (value: number) => `${num(value, value < 10 ? 2 : 1)} ms`;

/** Rows comparing `ours` with `baseline`: saturated req/s, and p50 and p99 at the fixed rate. */
export function comparisonRows(input: {
  what: string;
  ours: Measured;
  baseline: Measured;
  baselineName: string;
  rate: number;
  rpsTarget?: string | undefined;
  latencyTarget?: string | undefined;
  /** The p50 row's figure: of every response (the default), or the median of the slices' own p50s. */
  p50?: 'all responses' | 'median of slices' | undefined;
}): Row[] {
  const { what, ours, baseline, baselineName, rate } = input;
  const p50 = (r: LoadResult) => (input.p50 === 'median of slices' ? r.p50OfSlices : r.p50);
  return [
    {
      benchmark: `${what}: req/s at saturation (10 connections) vs ${baselineName}`,
      ours: rps(ours.saturated),
      baseline: rps(baseline.saturated),
      ratio: ours.saturated.requestsPerSecond / baseline.saturated.requestsPerSecond,
      target: input.rpsTarget,
    },
    {
      benchmark: `${what}: p50 at a fixed ${num(rate)} req/s vs ${baselineName}`,
      ours: millis(p50(ours.atRate)),
      baseline: millis(p50(baseline.atRate)),
      ratio: p50(ours.atRate) / p50(baseline.atRate),
      target: input.latencyTarget,
    },
    {
      benchmark: `${what}: p99 at a fixed ${num(rate)} req/s vs ${baselineName}`,
      ours: millis(ours.atRate.p99),
      baseline: millis(baseline.atRate.p99),
      ratio: ours.atRate.p99 / baseline.atRate.p99,
    },
  ];
}
