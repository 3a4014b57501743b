// Pre-flight checks of everything but images (./images.ts): each failure is a TwitterValidationError thrown before
// a request is built. The limits come from ./limits.ts, which a test holds equal to the spec.
import { TwitterValidationError } from './errors.js';
import {
  BANNER_CROP_LIMITS,
  HEX_COLOR_PATTERN,
  LANG_PATTERN,
  PROFILE_FIELD_MAX_LENGTH,
  SCREEN_NAME_PATTERN,
  USER_ID_PATTERN,
  TIME_ZONE_MAX_LENGTH,
  TIME_ZONE_PATTERN,
  WOEID_PATTERN,
} from './limits.js';

type Flag = 'true' | 'false';

/** A boolean flag as Twitter reads it. */
export function flag(value: unknown, field: string): Flag | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new TwitterValidationError(field, `${field} must be true or false`);
  return value ? 'true' : 'false';
}

/** Drops undefined entries, so that nothing unset reaches the query or the body. */
export function defined<T extends Record<string, unknown>>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** Refuses keys a method does not know, so that a typo does not vanish silently. */
export function onlyKnown(record: object, known: readonly string[], what: string): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) throw new TwitterValidationError(key, `${what} takes no parameter "${key}" (known: ${known.join(', ')})`);
  }
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new TwitterValidationError(field, `${field} must be a string`);
  return value;
}

/** Exactly one of `user_id` (a decimal string) or `screen_name`. */
export function userSelector(params: { user_id?: unknown; screen_name?: unknown } | undefined): {
  user_id?: string;
  screen_name?: string;
} {
  const { user_id, screen_name } = params ?? {};
  if ((user_id === undefined) === (screen_name === undefined)) {
    throw new TwitterValidationError('user_id', 'give exactly one of user_id or screen_name');
  }
  if (user_id !== undefined) {
    if (typeof user_id !== 'string' || !USER_ID_PATTERN.test(user_id)) {
      throw new TwitterValidationError(
        'user_id',
        'user_id must be a numeric string of up to 20 digits (ids exceed 2^53: never pass them as numbers)',
      );
    }
    return { user_id };
  }
  if (typeof screen_name !== 'string' || !SCREEN_NAME_PATTERN.test(screen_name)) {
    throw new TwitterValidationError('screen_name', 'screen_name must be 1–15 letters, digits or _, without @');
  }
  return { screen_name };
}

/** Profile fields within their documented lengths, counted in code points as Twitter counts them. */
export function profileFields(input: object): Record<string, string> {
  const fields = input as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [field, max] of Object.entries(PROFILE_FIELD_MAX_LENGTH)) {
    const value = fields[field];
    if (value === undefined) continue;
    const length = [...text(value, field)].length;
    if (length > max) throw new TwitterValidationError(field, `${field} is ${length} characters; the maximum is ${max}`);
    if (field === 'name' && length === 0) throw new TwitterValidationError(field, 'name cannot be empty');
    out[field] = text(value, field);
  }
  return out;
}

/** Three or six hex digits, without `#`. */
export function hexColor(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !HEX_COLOR_PATTERN.test(value)) {
    throw new TwitterValidationError(field, `${field} must be 3 or 6 hex digits without # (e.g. 1DA1F2)`);
  }
  return value;
}

/** Banner crop: all four of width, height, offset_left, offset_top or none, each an integer in its range. */
export function bannerCrop(input: object): Record<string, string> {
  const params = input as Record<string, unknown>;
  const names = Object.keys(BANNER_CROP_LIMITS) as (keyof typeof BANNER_CROP_LIMITS)[];
  const given = names.filter((name) => params[name] !== undefined);
  if (given.length === 0) return {};
  if (given.length !== names.length) {
    const missing = names.filter((name) => !given.includes(name));
    throw new TwitterValidationError(missing[0] ?? 'width', `give all of ${names.join(', ')} or none (missing: ${missing.join(', ')})`);
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = params[name];
    const [min, max] = BANNER_CROP_LIMITS[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new TwitterValidationError(name, `${name} must be an integer from ${min} to ${max}`);
    }
    out[name] = String(value);
  }
  return out;
}

/** POST account/settings fields. */
export function settingsFields(input: object): Record<string, string | undefined> {
  const fields = input as Record<string, unknown>;
  const hour = (value: unknown, field: string) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 23) {
      throw new TwitterValidationError(field, `${field} must be an hour from 0 to 23`);
    }
    return String(value).padStart(2, '0');
  };
  const pattern = (value: unknown, field: string, re: RegExp, rule: string) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !re.test(value)) throw new TwitterValidationError(field, `${field} must be ${rule}`);
    return value;
  };
  const timeZone = (value: unknown) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.length > TIME_ZONE_MAX_LENGTH || !TIME_ZONE_PATTERN.test(value)) {
      throw new TwitterValidationError('time_zone', `time_zone must be a Rails time-zone name such as "Europe/Copenhagen" (at most ${TIME_ZONE_MAX_LENGTH} characters)`);
    }
    return value;
  };
  return {
    sleep_time_enabled: flag(fields['sleep_time_enabled'], 'sleep_time_enabled'),
    start_sleep_time: hour(fields['start_sleep_time'], 'start_sleep_time'),
    end_sleep_time: hour(fields['end_sleep_time'], 'end_sleep_time'),
    time_zone: timeZone(fields['time_zone']),
    trend_location_woeid: pattern(fields['trend_location_woeid'], 'trend_location_woeid', WOEID_PATTERN, 'a WOEID: a numeric string from 1'),
    lang: pattern(fields['lang'], 'lang', LANG_PATTERN, 'an ISO 639-1 code such as "en"'),
  };
}
