// The limits the client checks before sending, copied from spec/ because a browser bundle cannot carry the spec.
// test/limits.test.ts reads the bundled spec and fails when any number here differs from it.

/** Code points per profile field (UpdateProfileForm). */
export const PROFILE_FIELD_MAX_LENGTH = { name: 50, url: 100, location: 30, description: 160 } as const;

/** The image formats the upload endpoints accept (x-image-formats), by media type. */
export const IMAGE_FORMATS = ['image/gif', 'image/jpeg', 'image/png'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export interface ImageRules {
  maxBytes: number;
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
}

/** ProfileImageBinary: "less than 700 KB". */
export const PROFILE_IMAGE_RULES: ImageRules = { maxBytes: 716_799 };
/** ProfileBannerBinary with its x-image-dimensions. */
export const PROFILE_BANNER_RULES: ImageRules = {
  maxBytes: 5_242_879,
  minWidth: 200,
  minHeight: 100,
  maxWidth: 8192,
  maxHeight: 8192,
};

/** BannerCrop: width/height 1…8192, offsets 0…8191. */
export const BANNER_CROP_LIMITS = {
  width: [1, 8192],
  height: [1, 8192],
  offset_left: [0, 8191],
  offset_top: [0, 8191],
} as const;

export const USER_ID_PATTERN = /^[0-9]{1,20}$/;
export const SCREEN_NAME_PATTERN = /^[A-Za-z0-9_]{1,15}$/;
export const HEX_COLOR_PATTERN = /^([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;
export const LANG_PATTERN = /^[a-z]{2}(-[a-zA-Z]{2,4})?$/;
export const WOEID_PATTERN = /^[1-9][0-9]{0,9}$/;
export const TIME_ZONE_PATTERN = /^[A-Za-z0-9_+\-/(). &]+$/;
export const TIME_ZONE_MAX_LENGTH = 100;

/** The nine banner renditions of ProfileBannerSizes, with their width and height. */
export const PROFILE_BANNER_SIZES = {
  ipad: [626, 313],
  ipad_retina: [1252, 626],
  web: [520, 260],
  web_retina: [1040, 520],
  mobile: [320, 160],
  mobile_retina: [640, 320],
  '300x100': [300, 100],
  '600x200': [600, 200],
  '1500x500': [1500, 500],
} as const;
export type ProfileBannerVariant = keyof typeof PROFILE_BANNER_SIZES;
