// Twitter's x-rate-limit-* headers, and a way to read them back from whatever a call returned or threw.

/** The rate-limit window of one endpoint, as the response that carried it described it. */
export interface RateLimit {
  /** Requests allowed in the window. */
  limit: number;
  /** Requests left in the window. */
  remaining: number;
  /** When the window resets, in UTC epoch seconds. */
  reset: number;
}

/** Reads `x-rate-limit-limit/-remaining/-reset`; undefined when the response carries none (or garbage). */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const limit = Number(headers.get('x-rate-limit-limit') ?? NaN);
  const remaining = Number(headers.get('x-rate-limit-remaining') ?? NaN);
  const reset = Number(headers.get('x-rate-limit-reset') ?? NaN);
  if (![limit, remaining, reset].every(Number.isFinite)) return undefined;
  return { limit, remaining, reset };
}

const attached = new WeakMap<object, RateLimit>();

/** Remembers the rate limit of the response a result came from. */
export function attachRateLimit<T>(result: T, rateLimit: RateLimit | undefined): T {
  if (rateLimit && typeof result === 'object' && result !== null) attached.set(result, rateLimit);
  return result;
}

/**
 * The rate limit of the response behind a result (a User, the banner sizes, the settings) or an error
 * (`TwitterApiError`); undefined when that response carried none. For methods that resolve to nothing, read
 * `client.rateLimits.get(operationId)`.
 */
export function getRateLimit(resultOrError: object): RateLimit | undefined {
  return attached.get(resultOrError) ?? (resultOrError as { rateLimit?: RateLimit }).rateLimit;
}
