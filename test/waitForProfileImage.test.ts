import { describe, expect, it } from 'vitest';
import type { CallOptions, TwitterClient, User, UserSelector } from '../src/client.js';
import { TwitterTimeoutError, TwitterValidationError } from '../src/errors.js';
import { waitForProfileImage } from '../src/waitForProfileImage.js';

const OLD = 'https://pbs.twimg.com/profile_images/1683899100922511378/5lY42eHs_normal.jpg';
const NEW = 'https://pbs.twimg.com/profile_images/1690000000000000000/Qz9x_normal.png';
const NEWER = 'https://pbs.twimg.com/profile_images/1690000000000000001/Rr2y_normal.png';

function user(avatar: string): User {
  return {
    id: 2244994945,
    id_str: '2244994945',
    name: 'Twitter Dev',
    screen_name: 'TwitterDev',
    location: null,
    url: null,
    description: null,
    protected: false,
    verified: false,
    followers_count: 0,
    friends_count: 0,
    listed_count: 0,
    favourites_count: 0,
    statuses_count: 0,
    created_at: 'Sat Dec 14 04:35:55 +0000 2013',
    profile_image_url_https: avatar,
    default_profile: false,
    default_profile_image: false,
  };
}

type ShowUserArgs = Parameters<TwitterClient['showUser']>;

/**
 * A client whose users/show answers with these avatar URLs in turn (the last one again once they run out), and a
 * sleep that resolves at once; both write to one log, so that the order of waits and polls shows.
 */
function fake(avatars: string[], onPoll?: (poll: number) => void) {
  const log: string[] = [];
  const calls: { user: ShowUserArgs[0]; options: CallOptions | undefined }[] = [];
  const waits: number[] = [];
  const client: Pick<TwitterClient, 'showUser'> = {
    async showUser(selector, options) {
      calls.push({ user: selector, options });
      log.push('poll');
      onPoll?.(calls.length);
      return user(avatars[Math.min(calls.length, avatars.length) - 1] ?? OLD);
    },
  };
  const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    waits.push(ms);
    log.push(`sleep ${ms}`);
    if (signal?.aborted) throw signal.reason;
  };
  return { client, sleep, log, calls, waits };
}

const SELECTOR: UserSelector = { screen_name: 'TwitterDev' };

describe('waitForProfileImage', () => {
  it('resolves with the user as soon as users/show reports another avatar URL', async () => {
    const { client, sleep, calls } = fake([OLD, OLD, NEW, NEWER]);
    const result = await waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep });
    expect(result).toEqual(user(NEW));
    expect(calls).toHaveLength(3);
  });

  it('resolves on the first poll when the avatar has already changed', async () => {
    const { client, sleep, calls } = fake([NEW]);
    expect((await waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep })).profile_image_url_https).toBe(NEW);
    expect(calls).toHaveLength(1);
  });

  it('waits 5000 ms by default before every poll, and never polls before the first wait', async () => {
    const { client, sleep, log, waits } = fake([OLD, OLD, NEW]);
    await waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep });
    expect(log).toEqual(['sleep 5000', 'poll', 'sleep 5000', 'poll', 'sleep 5000', 'poll']);
    expect(waits).toEqual([5000, 5000, 5000]);
  });

  it('waits the intervalMs it is given', async () => {
    const { client, sleep, log } = fake([OLD, NEW]);
    await waitForProfileImage(client, SELECTOR, { previousUrl: OLD, intervalMs: 250, sleep });
    expect(log).toEqual(['sleep 250', 'poll', 'sleep 250', 'poll']);
  });

  it('gives up after 60 s by default: 12 polls, then a TwitterTimeoutError saying it still showed the previous image', async () => {
    const { client, sleep, calls, waits } = fake([OLD]);
    const result = waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep });
    await expect(result).rejects.toThrow(TwitterTimeoutError);
    await expect(result).rejects.toThrow('GET users/show.json still showed the previous profile image within 60000 ms');
    await expect(result).rejects.toMatchObject({ timeoutMs: 60_000 });
    expect(calls).toHaveLength(12);
    expect(waits).toEqual(new Array<number>(12).fill(5000));
  });

  it.each([
    [10_000, 3_000, 3],
    [10_000, 2_500, 4],
    [1_000, 1_000, 1],
    [999, 1_000, 1],
  ])('with timeoutMs %i and intervalMs %i, gives up after %i poll(s)', async (timeoutMs, intervalMs, polls) => {
    const { client, sleep, calls, log } = fake([OLD]);
    const result = waitForProfileImage(client, SELECTOR, { previousUrl: OLD, timeoutMs, intervalMs, sleep });
    await expect(result).rejects.toThrow(TwitterTimeoutError);
    await expect(result).rejects.toThrow(/still showed the previous profile image/);
    await expect(result).rejects.toMatchObject({ timeoutMs });
    expect(calls).toHaveLength(polls);
    expect(log.at(-1)).toBe('poll');
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('refuses an intervalMs of %s instead of polling without end', async (intervalMs) => {
    const { client, sleep, calls } = fake([OLD]);
    const result = waitForProfileImage(client, SELECTOR, { previousUrl: OLD, intervalMs, timeoutMs: 1000, sleep });
    await expect(result).rejects.toMatchObject({ name: 'TwitterValidationError', field: 'intervalMs' });
    expect(calls).toEqual([]);
  });

  it('passes the selector through to users/show unchanged', async () => {
    for (const selector of [SELECTOR, { user_id: '2244994945' }]) {
      const { client, sleep, calls } = fake([OLD, NEW]);
      await waitForProfileImage(client, selector, { previousUrl: OLD, sleep });
      expect(calls.map((c) => c.user)).toEqual([selector, selector]);
      expect(calls[0]?.user).toBe(selector);
    }
  });

  it('hands users/show a signal that follows its own and ends at the deadline', async () => {
    const controller = new AbortController();
    const withSignal = fake([NEW]);
    await waitForProfileImage(withSignal.client, SELECTOR, { previousUrl: OLD, sleep: withSignal.sleep, signal: controller.signal });
    const passed = withSignal.calls[0]?.options?.signal;
    expect(passed?.aborted).toBe(false);
    controller.abort(new Error('gone'));
    expect(passed?.aborted).toBe(true);
    const without = fake([NEW]);
    await waitForProfileImage(without.client, SELECTOR, { previousUrl: OLD, sleep: without.sleep });
    expect(without.calls[0]?.options?.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives up at timeoutMs even when a poll hangs, with a real clock', async () => {
    const hanging = {
      showUser: (_user: unknown, options?: { signal?: AbortSignal }) =>
        new Promise<never>((_, reject) => options?.signal?.addEventListener('abort', () => reject(options.signal?.reason))),
    };
    const started = Date.now();
    const result = waitForProfileImage(hanging as Pick<TwitterClient, 'showUser'>, SELECTOR, { previousUrl: OLD, intervalMs: 50, timeoutMs: 300 });
    await expect(result).rejects.toBeInstanceOf(TwitterTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('waits no longer than timeoutMs before its only poll when intervalMs is longer', async () => {
    const { client, sleep, waits } = fake([NEW]);
    await waitForProfileImage(client, SELECTOR, { previousUrl: OLD, intervalMs: 3_000, timeoutMs: 500, sleep });
    expect(waits[0]).toBeLessThanOrEqual(500);
  });

  it('stops with the abort reason when its signal fires between polls', async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const { client, sleep, calls } = fake([OLD], (poll) => {
      if (poll === 2) controller.abort(reason);
    });
    const result = waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep, signal: controller.signal });
    await expect(result).rejects.toBe(reason);
    expect(calls).toHaveLength(2);
  });

  it('does not poll at all when its signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { client, sleep, calls } = fake([NEW]);
    const result = waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep, signal: controller.signal });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(0);
  });

  it('stops in the middle of a wait when the signal fires', async () => {
    const controller = new AbortController();
    const { client, calls } = fake([OLD]);
    const waiting: number[] = [];
    // A sleep that never ends by itself: only the abort can end the wait.
    const sleep = (ms: number, signal?: AbortSignal) =>
      new Promise<void>((_resolve, reject) => {
        waiting.push(ms);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    const result = waitForProfileImage(client, SELECTOR, { previousUrl: OLD, sleep, signal: controller.signal });
    await Promise.resolve();
    expect(waiting).toEqual([5000]);
    controller.abort(new Error('cancelled'));
    await expect(result).rejects.toThrow('cancelled');
    expect(calls).toHaveLength(0);
  });
});
