// Order statistics for latency samples (nearest-rank percentiles).

export function percentile(samples, p) {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(samples) {
  return percentile(samples, 50);
}

export function summary(samples) {
  return { count: samples.length, median: median(samples), p95: percentile(samples, 95), max: Math.max(...samples) };
}
