/** A duration in a log line: `12.3 s`. */
export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
