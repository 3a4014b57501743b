// The account the emulator serves: the profile fields, avatar, banner and settings that the endpoints read and
// change, shaped as the spec's User, ProfileBannerSizes and AccountSettings.
import { createHash, randomBytes } from 'node:crypto';
import { IMAGE_EXTENSIONS } from '../images.js';
import { PROFILE_BANNER_SIZES, type ImageFormat } from '../limits.js';

export const DEFAULT_PROFILE_IMAGE = 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png';

export interface ProfileState {
  id_str: string;
  screen_name: string;
  name: string;
  email: string | null;
  location: string | null;
  /** The URL as given (with `http://` prepended when it had no scheme); users see it as a t.co link. */
  url: string | null;
  description: string | null;
  profile_image_url_https: string;
  /** An upload still being processed: it becomes profile_image_url_https at `readyAt` (epoch ms). */
  pendingImage?: { url: string; readyAt: number };
  profile_banner_url?: string;
  created_at: string;
  settings: {
    language: string;
    time_zone: { name: string; tzinfo_name: string; utc_offset: number };
    sleep_time: { enabled: boolean; start_time: number | null; end_time: number | null };
    trend_location_woeid: number;
  };
}

export function initialState(overrides: Partial<ProfileState> = {}): ProfileState {
  return {
    id_str: '2244994945',
    screen_name: 'TwitterDev',
    name: 'Twitter Dev',
    email: 'devs@example.com',
    location: null,
    url: null,
    description: null,
    profile_image_url_https: DEFAULT_PROFILE_IMAGE,
    created_at: 'Sat Dec 14 04:35:55 +0000 2013',
    settings: {
      language: 'en',
      time_zone: { name: 'UTC', tzinfo_name: 'Etc/UTC', utc_offset: 0 },
      sleep_time: { enabled: false, start_time: null, end_time: null },
      trend_location_woeid: 1,
    },
    ...overrides,
  };
}

/** Moves a processed avatar upload into place once its time has come. */
export function settle(state: ProfileState, now: number): void {
  if (state.pendingImage && state.pendingImage.readyAt <= now) {
    state.profile_image_url_https = state.pendingImage.url;
    delete state.pendingImage;
  }
}

/** A new avatar URL in Twitter's pattern: profile_images/<id>/<random>_normal.<ext>. */
export function newProfileImageUrl(type: ImageFormat): string {
  const id = BigInt(Date.now()) * 4194304n + BigInt(randomBytes(2).readUInt16BE());
  return `https://pbs.twimg.com/profile_images/${id}/${randomBytes(6).toString('base64url')}_normal.${IMAGE_EXTENSIONS[type]}`;
}

/** Twitter shows a profile URL as a t.co link, the URL given in `entities.url`. */
function tco(url: string): string {
  return `https://t.co/${createHash('sha256').update(url).digest('base64url').slice(0, 10)}`;
}

function entities(state: ProfileState) {
  if (!state.url) return { description: { urls: [] } };
  const link = tco(state.url);
  const display = state.url.replace(/^https?:\/\//, '');
  return {
    url: { urls: [{ url: link, expanded_url: state.url, display_url: display.length > 30 ? `${display.slice(0, 29)}…` : display, indices: [0, link.length] }] },
    description: { urls: [] },
  };
}

export function userObject(state: ProfileState, options: { includeEmail: boolean; includeEntities: boolean }) {
  return {
    id: Number(state.id_str),
    id_str: state.id_str,
    name: state.name,
    screen_name: state.screen_name,
    location: state.location,
    url: state.url ? tco(state.url) : null,
    description: state.description,
    protected: false,
    verified: false,
    followers_count: 42,
    friends_count: 7,
    listed_count: 1,
    favourites_count: 3,
    statuses_count: 12,
    created_at: state.created_at,
    ...(state.profile_banner_url ? { profile_banner_url: state.profile_banner_url } : {}),
    profile_image_url_https: state.profile_image_url_https,
    default_profile: true,
    default_profile_image: state.profile_image_url_https === DEFAULT_PROFILE_IMAGE,
    ...(options.includeEntities ? { entities: entities(state) } : {}),
    ...(options.includeEmail ? { email: state.email } : {}),
    // Retired in 2019: Twitter sends null for these.
    utc_offset: null,
    time_zone: null,
    lang: null,
    geo_enabled: null,
    following: null,
    follow_request_sent: null,
    notifications: null,
    profile_background_color: null,
    profile_link_color: null,
  };
}

export function bannerSizes(state: ProfileState) {
  const base = state.profile_banner_url ?? '';
  return {
    sizes: Object.fromEntries(Object.entries(PROFILE_BANNER_SIZES).map(([name, [w, h]]) => [name, { w, h, url: `${base}/${name}` }])),
  };
}

export function settingsObject(state: ProfileState) {
  return {
    always_use_https: true,
    discoverable_by_email: true,
    geo_enabled: false,
    language: state.settings.language,
    protected: false,
    screen_name: state.screen_name,
    show_all_inline_media: false,
    sleep_time: state.settings.sleep_time,
    time_zone: state.settings.time_zone,
    trend_location: [
      {
        country: '',
        countryCode: null,
        name: state.settings.trend_location_woeid === 1 ? 'Worldwide' : `WOEID ${state.settings.trend_location_woeid}`,
        parentid: 0,
        placeType: { code: 19, name: 'Supername' },
        url: `http://where.yahooapis.com/v1/place/${state.settings.trend_location_woeid}`,
        woeid: state.settings.trend_location_woeid,
      },
    ],
    use_cookie_personalization: false,
    allow_contributor_request: 'all',
  };
}
