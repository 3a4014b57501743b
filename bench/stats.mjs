// Small numeric helpers shared by the benchmarks.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Spread of a sample as (max - min) / median, to show how steady the runs were. */
export function spread(values) {
  const m = median(values);
  return m === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / m;
}

export function formatRate(perSecond) {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k/s`;
  return `${perSecond.toFixed(0)}/s`;
}

export function formatBytes(bytes) {
  const sign = bytes < 0 ? '-' : '';
  const b = Math.abs(bytes);
  if (b >= 1e6) return `${sign}${(b / 1e6).toFixed(2)} MB`;
  if (b >= 1e3) return `${sign}${(b / 1e3).toFixed(1)} kB`;
  return `${sign}${b} B`;
}

export const formatMs = (ms) => `${ms.toFixed(1)} ms`;
export const formatRatio = (r) => `${r.toFixed(2)}×`;
