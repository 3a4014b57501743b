// When a failed attempt is worth another, and how long to wait first. Every new attempt is built and signed afresh
// by the client (new nonce, timestamp and body); this module only decides.
import { TwitterValidationError, type TwitterApiError } from './errors.js';

export interface RetryOptions {
  /** Attempts after the first. Default 2. */
  retries?: number;
  /** Longest wait for a rate-limit window to reset; a later reset fails at once. Default 60 000 ms. */
  maxWaitMs?: number;
  /** First back-off after 500/503 (doubled each time). Default 1 000 ms. */
  baseDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

/** The longest delay setTimeout keeps (about 24.8 days); beyond it a timer fires at once. */
export const MAX_TIMER_MS = 2_147_483_647;

const NO_RETRY: RetryPolicy = { retries: 0, maxWaitMs: 0, baseDelayMs: 0 };

export function retryPolicy(option: boolean | RetryOptions | undefined): RetryPolicy {
  if (!option) return NO_RETRY;
  const { retries = 2, maxWaitMs = 60_000, baseDelayMs = 1_000 } = option === true ? {} : option;
  // Waits go through setTimeout.
  for (const [name, value, max] of [['retries', retries, 100], ['maxWaitMs', maxWaitMs, MAX_TIMER_MS], ['baseDelayMs', baseDelayMs, MAX_TIMER_MS]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new TwitterValidationError(`retry.${name}`, `retry.${name} must be a whole number from 0 to ${max}`);
    }
  }
  return { retries, maxWaitMs, baseDelayMs };
}

/**
 * Milliseconds to wait before retrying `error` as attempt number `attempt` (1 = first retry), or undefined to give
 * up. `serverNow` is Twitter's time in epoch milliseconds (the local clock corrected by the learnt offset).
 */
export function retryDelay(error: TwitterApiError, attempt: number, policy: RetryPolicy, serverNow: number): number | undefined {
  if (attempt > policy.retries) return undefined;
  if (error.isRateLimited) {
    if (!error.rateLimit) return undefined;
    // The window opens at `reset` (seconds); one second of margin for clock granularity.
    const wait = Math.max(0, error.rateLimit.reset * 1000 - serverNow) + 1000;
    return wait <= policy.maxWaitMs ? wait : undefined;
  }
  const overloaded = error.status === 503 || error.codes.includes(130);
  const broken = error.status === 500 || error.codes.includes(131);
  return overloaded || broken ? Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxWaitMs) : undefined;
}

/** Twitter's clock minus ours, in seconds, from a response's `Date` header; undefined without a usable one. */
export function clockOffsetSeconds(headers: Headers, localNow: number): number | undefined {
  const date = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(date) ? undefined : Math.round((date - localNow) / 1000);
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
