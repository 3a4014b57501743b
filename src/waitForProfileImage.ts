// The profile image is processed asynchronously: the upload answers with the old URL, and the docs say to ask
// users/show "at least 5 seconds after uploading". This polls at that interval until the URL changes.
import type { CallOptions, TwitterClient, User, UserSelector } from './client.js';
import { TwitterTimeoutError, TwitterValidationError } from './errors.js';
import { sleep as realSleep } from './retry.js';

export interface WaitForProfileImageOptions extends CallOptions {
  /** The `profile_image_url_https` before the upload; the wait ends when users/show reports another. */
  previousUrl: string;
  /** Between polls; default 5 000 ms, as the docs advise. */
  intervalMs?: number;
  /** Give up after this long; default 60 000 ms. */
  timeoutMs?: number;
  /** For tests: how to wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Resolves to the user once its avatar URL differs from `previousUrl`; a TwitterTimeoutError when it never does. */
export async function waitForProfileImage(
  client: Pick<TwitterClient, 'showUser'>,
  user: UserSelector,
  options: WaitForProfileImageOptions,
): Promise<User> {
  const { previousUrl, intervalMs = 5_000, timeoutMs = 60_000, sleep = realSleep, signal } = options;
  for (const [field, value] of [['intervalMs', intervalMs], ['timeoutMs', timeoutMs]] as const) {
    if (!(value > 0 && Number.isFinite(value))) throw new TwitterValidationError(field, `${field} must be a positive number of milliseconds`);
  }
  const polls = Math.max(1, Math.floor(timeoutMs / intervalMs));
  const deadline = Date.now() + timeoutMs;
  const giveUp = () => new TwitterTimeoutError({ method: 'GET', url: 'users/show.json' }, timeoutMs, 'still showed the previous profile image');
  for (let poll = 1; poll <= polls; poll++) {
    // Never wait, nor let a poll run, past the deadline.
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())), signal);
    const left = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    const current = await client.showUser(user, { signal: signal ? AbortSignal.any([signal, left]) : left }).catch((error: unknown) => {
      throw left.aborted && !signal?.aborted ? giveUp() : error;
    });
    if (current.profile_image_url_https !== previousUrl) return current;
  }
  throw giveUp();
}
