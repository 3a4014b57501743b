// Everything the two entries (./index.ts, ./index.node.ts) have in common: all but the HMAC-SHA1 they sign with.
export type { components, operations, paths } from '../generated/schema.js';
export type {
  AccountSettings,
  BannerCrop,
  CallOptions,
  ClientOptions,
  OperationId,
  ProfileBannerSizes,
  ProfileFields,
  ResponseShape,
  SettingsFields,
  TwitterClient,
  UploadOptions,
  User,
  UserSelector,
} from './client.js';
export { DEFAULT_BASE_URL } from './client.js';
export {
  TwitterApiError,
  TwitterError,
  TwitterNetworkError,
  TwitterTimeoutError,
  TwitterValidationError,
  type RequestSummary,
  type TwitterErrorDetail,
} from './errors.js';
export {
  isDefaultProfileImage,
  PROFILE_IMAGE_SIZES,
  profileBannerUrls,
  profileImageUrl,
  profileImageVariants,
  type ImageInput,
  type ProfileImageVariant,
} from './images.js';
export { PROFILE_BANNER_SIZES, type ProfileBannerVariant } from './limits.js';
export { getRateLimit, type RateLimit } from './rateLimit.js';
export type { RetryOptions } from './retry.js';
export { percentEncode } from './signing/percentEncode.js';
export { signatureBaseString, type Credentials, type SignableRequest, type SignOptions } from './signing/oauth.js';
export { waitForProfileImage, type WaitForProfileImageOptions } from './waitForProfileImage.js';
