/**
 * DO NOT EDIT. Generated from spec/ by scripts/generate.mjs (openapi-typescript); run `npm run generate`.
 * Binary fields are typed as Blob. `npm run generate:check` fails when this file and spec/ disagree.
 */

export interface paths {
    "/account/verify_credentials.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify credentials
         * @description Returns the authenticating user when the credentials are valid (200), or 401 with an error when they are not.
         *     The cheapest way to test a token pair. Rate limit: 75 requests per 15 minutes per user (the 2015 page said 15);
         *     app-only tokens are not allowed.
         */
        get: operations["verifyCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/update_profile.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update profile
         * @description Sets the name, URL, location and bio of the authenticating user; only the fields given change. The parameters go
         *     in a form-urlencoded body (newer pages print them in the query string; both reach Twitter, the body is what the
         *     2012–2014 pages show), so every one of them is part of the OAuth signature. A value over its limit is refused with
         *     403 / code 120. No rate limit is published.
         */
        post: operations["updateProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/update_profile_image.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update profile image
         * @description Uploads a new avatar for the authenticating user: raw bytes in a `multipart/form-data` body (the page's "expects
         *     raw multipart data"; fields are not signed) or base64 in a form-urlencoded body (the parameter table's
         *     "base64-encoded"; fields are signed). Both are accepted. Never put `image` in the query string, as the page's
         *     example does: real images overflow the request line.
         *
         *     Twitter processes the file asynchronously: the returned user may still show the old `profile_image_url_https`.
         *     Read the new URL from GET users/show "at least 5 seconds after uploading", or on the next fetch of the user.
         *     No rate limit is published.
         */
        post: operations["updateProfileImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/update_profile_banner.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update profile banner
         * @description Uploads a profile banner for the authenticating user, raw (multipart, unsigned fields) or base64 (form body,
         *     signed fields), optionally cropped with `width`, `height`, `offset_left`, `offset_top` — all four or none.
         *     Success is 200, 201 or 202 with an empty body. The banner is processed asynchronously: `profile_banner_url`
         *     and its variants may not be available right away. 400 when no image was given or it could not be read; 422
         *     when it could not be resized or is too large. No rate limit is published.
         */
        post: operations["updateProfileBanner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/remove_profile_banner.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove profile banner
         * @description Removes the authenticating user's banner. Takes no parameters; "returns HTTP 200 upon success" with an empty body.
         */
        post: operations["removeProfileBanner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/profile_banner.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profile banner sizes
         * @description The nine renditions of a user's banner with their dimensions and URLs. Give `user_id` or `screen_name`
         *     (neither: 403 / code 38). "If the user has not uploaded a profile banner, a HTTP 404 will be served instead."
         *     Rate limit: 180 requests per 15 minutes per user.
         */
        get: operations["profileBannerSizes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/show.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show user
         * @description One user by `user_id` or `screen_name` ("Either an id or screen_name is required"; neither: 403 / code 38),
         *     with their most recent Tweet as `status` when possible. 404 / code 50 for an unknown user, 403 / code 63 for a
         *     suspended one. Rate limit: 900 requests per 15 minutes, per user token and, separately, per app bearer token.
         */
        get: operations["showUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/settings.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Account settings
         * @description The authenticating user's settings (language, time zone, sleep time, trend location …). Rate limit 15 per 15 minutes.
         */
        get: operations["accountSettings"];
        put?: never;
        /**
         * Update account settings
         * @description Changes sleep time, time zone, trend location or language; only the fields given change. Form-urlencoded body,
         *     every field signed. Answers the settings as they are afterwards. No rate limit is published.
         */
        post: operations["updateAccountSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/update_profile_background_image.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update profile background image (retired)
         * @deprecated
         * @description **Retired.** Background images left twitter.com in July 2015 and the endpoint was removed in 2018: it has answered
         *     **404 with code 34** ("Sorry, that page does not exist") since (reports from 2018-09 and 2020-12) — not 410 / 251.
         *     Banners are set with update_profile_banner.
         *
         *     What it took when it worked: `image` (the documented name; copies of this API that call it `file` are wrong) as
         *     multipart or base64, GIF/JPEG/PNG under 800 KB, wider than 2048 px scaled down; `tile`; from 2015 to 2018 a
         *     `media_id` instead of `image`; until 2014 `use`. "At least one of image or media_id must be provided." It
         *     answered the User object.
         */
        post: operations["updateProfileBackgroundImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/update_profile_colors.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update profile colours (retired)
         * @deprecated
         * @description **Retired.** Deprecated in December 2014 and gone from the docs by 28 January 2015; `profile_link_color` moved to
         *     update_profile (and the User colour fields are `null` since 2019). No report of what the route answers today was
         *     found; this description says **404 / code 34**, what Twitter answers for the other removed profile route, and the
         *     emulator answers the same.
         *
         *     What it took when it worked: five colours, each three or six hex digits, plus `include_entities` and
         *     `skip_status`, in a form body; it answered the User object.
         */
        post: operations["updateProfileColors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * TwitterBoolean
         * @description A flag as Twitter reads it: `true`, `t` or `1` switch it on; `false` switches it off (the reference pages name
         *     exactly these four spellings).
         * @enum {string}
         */
        TwitterBoolean: "true" | "t" | "1" | "false";
        /**
         * UserIdString
         * @description A user id as a decimal string of up to 20 digits (unsigned 64-bit).
         * @example 2244994945
         */
        UserIdString: string;
        /**
         * ScreenName
         * @description A handle without `@`; letters, digits and `_`, at most 15 characters.
         * @example TwitterDev
         */
        ScreenName: string;
        /**
         * UrlEntity
         * @description One link, with the t.co form Twitter stores and the URL it expands to.
         */
        UrlEntity: {
            /** @description The t.co URL. */
            url: string;
            /** @description The URL as the user gave it. */
            expanded_url?: string | null;
            /** @description The URL shortened for display. */
            display_url?: string;
            /** @description Start and end offsets of the link in the field's text (code points). */
            indices: number[];
        };
        /**
         * UrlEntities
         * @description The links of one profile field.
         */
        UrlEntities: {
            urls: components["schemas"]["UrlEntity"][];
        };
        /**
         * UserEntities
         * @description Links found in the profile's `url` and `description`; left out with `include_entities=false`.
         */
        UserEntities: {
            url?: components["schemas"]["UrlEntities"];
            description?: components["schemas"]["UrlEntities"];
        };
        /**
         * Tweet
         * @description The user's most recent Tweet, embedded "when possible" (left out with `skip_status`, and for protected users the
         *     caller does not follow). Only the fields these endpoints' examples show are described; the full Tweet object is
         *     outside this description.
         */
        Tweet: {
            /** @description When the Tweet was posted, as `Wed Oct 10 20:19:24 +0000 2018` (UTC). */
            created_at: string;
            /**
             * Format: int64
             * @description The Tweet id as a 64-bit integer; use `id_str` in JavaScript.
             */
            id: number;
            /** @description The Tweet id as a decimal string. */
            id_str: string;
            /** @description The Tweet's text (`full_text` with `tweet_mode=extended`). */
            text?: string;
            /** @description The untruncated text, with `tweet_mode=extended`. */
            full_text?: string;
            /** @description The app that posted the Tweet, as an HTML link. */
            source?: string;
            /** @description Whether `text` was cut to 140 characters. */
            truncated?: boolean;
        };
        /**
         * NullableBoolean
         * @description A boolean that may be `null` (used by User fields Twitter no longer fills).
         */
        NullableBoolean: boolean | null;
        /**
         * NullableText
         * @description A short string that may be `null` (used by User fields Twitter no longer fills).
         */
        NullableText: string | null;
        /**
         * User
         * @description The v1.1 User object, from Twitter's data dictionary. Fields Twitter stopped supporting on 20 May 2019 are
         *     listed as `deprecated`, nullable and never required: they are `null` (or missing) in today's responses, even
         *     though the example objects on Twitter's endpoint pages still show values for them.
         */
        User: {
            /**
             * Format: int64
             * @description The user id as a 64-bit integer. It does not fit a JavaScript number exactly; use `id_str`.
             */
            id: number;
            id_str: components["schemas"]["UserIdString"];
            /** @description The display name ("typically capped at 50 characters, but subject to change"). */
            name: string;
            screen_name: components["schemas"]["ScreenName"];
            /** @description Free text the user typed; not normalised or geocoded. */
            location: string | null;
            /** @description The URL the user gave in the profile (Twitter stores it as a t.co link). */
            url: string | null;
            /** @description The profile's bio, UTF-8. */
            description: string | null;
            /** @description Whether the user's Tweets are visible to approved followers only. */
            protected: boolean;
            /** @description Whether the account has the legacy verified badge. */
            verified: boolean;
            /**
             * Format: int32
             * @description Followers; may read 0 for a while "under conditions of duress".
             */
            followers_count: number;
            /**
             * Format: int32
             * @description Accounts this user follows; may read 0 for a while "under conditions of duress".
             */
            friends_count: number;
            /**
             * Format: int32
             * @description Public lists this user is a member of.
             */
            listed_count: number;
            /**
             * Format: int32
             * @description Tweets this user has liked (British spelling, as Twitter writes it).
             */
            favourites_count: number;
            /**
             * Format: int32
             * @description Tweets, retweets included, issued by the user.
             */
            statuses_count: number;
            /** @description When the account was created, as `Mon Nov 29 21:18:15 +0000 2010` (UTC). */
            created_at: string;
            /**
             * Format: uri
             * @description The base URL of the uploaded banner; append `/1500x500`, `/web_retina` … (see `ProfileBannerSizes`) for a
             *     variant. Absent when the user never uploaded a banner.
             */
            profile_banner_url?: string;
            /**
             * Format: uri
             * @description The avatar's `normal` (48×48) variant over HTTPS. Replace `_normal` with `_bigger` (73×73) or `_mini` (24×24),
             *     or drop it for the original upload. The URL changes on every upload.
             */
            profile_image_url_https: string;
            /** @description Whether the user never changed the theme or background of the profile. */
            default_profile: boolean;
            /** @description Whether the user never uploaded an avatar (the default egg/silhouette is shown). */
            default_profile_image: boolean;
            /** @description Countries (ISO 3166-1 alpha-2) where this user is withheld; `XX` means all, `XY` a DMCA request. */
            withheld_in_countries?: string[];
            /** @description Present when withheld; `user` means the whole profile. */
            withheld_scope?: string;
            entities?: components["schemas"]["UserEntities"];
            status?: components["schemas"]["Tweet"];
            /**
             * Format: email
             * @description Only with `include_email=true` on `verify_credentials` and the app permission to request emails: the
             *     account's address, or `null` when it has none or it is unverified.
             */
            email?: string | null;
            /** @description Appears in the examples of verify_credentials and the update endpoints; not in the data dictionary. */
            show_all_inline_media?: boolean;
            /**
             * Format: int32
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); read `time_zone.utc_offset` from account/settings.
             */
            utc_offset?: number | null;
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); read `time_zone.tzinfo_name` from account/settings.
             */
            time_zone?: string | null;
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); read `language` from account/settings.
             */
            lang?: string | null;
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); read `geo_enabled` from account/settings.
             */
            geo_enabled?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported (always `null`); use GET friendships/lookup.
             */
            following?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported (always `null`); use GET friendships/lookup.
             */
            follow_request_sent?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            notifications?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            has_extended_profile?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            contributors_enabled?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            is_translator?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            is_translation_enabled?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            translator_type?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_location?: Record<string, never> | null;
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); use `profile_image_url_https`.
             */
            profile_image_url?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); profile colours were retired in 2015.
             */
            profile_background_color?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); background images were retired in 2015.
             */
            profile_background_image_url?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`); background images were retired in 2015.
             */
            profile_background_image_url_https?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_background_tile?: components["schemas"]["NullableBoolean"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_link_color?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_sidebar_border_color?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_sidebar_fill_color?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_text_color?: components["schemas"]["NullableText"];
            /**
             * @deprecated
             * @description Not supported since 2019-05-20 (always `null`).
             */
            profile_use_background_image?: components["schemas"]["NullableBoolean"];
        };
        /**
         * ErrorCode
         * Format: int32
         * @description A v1.1 error code. Twitter's table has many more; these are the ones that concern the profile endpoints, with
         *     the HTTP status each comes with ("—": the table gives none; the status shown is what is observed or what a
         *     later version of the table gives).
         *
         *     | code | HTTP | message | meaning here |
         *     |---|---|---|---|
         *     | 32 | 401 | Could not authenticate you. | the OAuth signature or one of its inputs is wrong |
         *     | 34 | 404 | Sorry, that page does not exist | unknown route; also the retired background-image and colour endpoints |
         *     | 38 | 403 | `<named>` parameter is missing. | a required parameter (`user_id` or `screen_name` …) is missing |
         *     | 44 | 400 | attachment_url parameter is invalid | a parameter value is malformed |
         *     | 50 | 404 | User not found. | users/show, users/profile_banner |
         *     | 63 | 403 | User has been suspended. | the user looked up is suspended |
         *     | 64 | 403 | Your account is suspended and is not permitted to access this feature | the token's owner is suspended |
         *     | 88 | 429 (—) | Rate limit exceeded | the window is spent; wait for `x-rate-limit-reset` |
         *     | 89 | 401 (—) | Invalid or expired token | the access token is revoked, expired or paired with the wrong secret |
         *     | 92 | 403 (—) | SSL is required | the request was sent over plain HTTP |
         *     | 99 | 403 | Unable to verify your credentials. | the credentials could not be verified |
         *     | 120 | 403 | Account update failed: value is too long (maximum is nn characters). | update_profile; also other refusals of a value |
         *     | 130 | 503 | Over capacity | retry later with back-off |
         *     | 131 | 500 | Internal error | retry later with back-off |
         *     | 135 | 401 | Could not authenticate you | `oauth_timestamp` too far from Twitter's clock |
         *     | 215 | 400 | Bad authentication data | the `Authorization` header is missing or malformed |
         *     | 220 | 403 | Your credentials do not allow access to this resource. | the token lacks the needed permission |
         *     | 251 | 410 (—) | This endpoint has been retired and should not be used. | a retired route (not what the two retired endpoints here answer) |
         *     | 261 | 403 | Application cannot perform write actions. | a read-only app called a POST endpoint |
         *     | 324 | 400 | The validation of media ids failed. | a `media_id` that does not exist or is not the caller's |
         *     | 326 | 403 | To protect our users from spam and other malicious activity, this account is temporarily locked. | log in on twitter.com to unlock |
         *     | 453 | 403 | You currently have access to a subset of X API V2 endpoints and limited v1.1 endpoints … | the app's access level does not include this endpoint |
         */
        ErrorCode: number;
        /**
         * ErrorItem
         * @description One error.
         */
        ErrorItem: {
            code: components["schemas"]["ErrorCode"];
            /** @description Human-readable text; it may change, the code does not. */
            message: string;
            /** @description A short machine label some errors carry (e.g. `authenticity_token_error`). */
            label?: string;
        };
        /**
         * ErrorList
         * @description The usual error body, `{"errors":[{"code":32,"message":"Could not authenticate you."}]}`.
         */
        ErrorList: {
            errors: components["schemas"]["ErrorItem"][];
        };
        /**
         * LegacyError
         * @description The legacy error body, still sent by the image endpoints:
         *     `{"request":"/1.1/account/update_profile_banner.json","error":"Image validation failed with errors: …"}`.
         */
        LegacyError: {
            /** @description The path of the request that failed. */
            request: string;
            /** @description What went wrong, in words (`media type unrecognized.`, `Image validation failed …`). */
            error: string;
        };
        /**
         * ErrorResponse
         * @description Twitter's error body. Most errors come as a list of `{code, message}`; some endpoints — the image uploads
         *     among them — still answer with the legacy `{request, error}` object. Some failures (for example an upload
         *     refused by the front end) have an empty body. Match on `code`, never on the text: Twitter changes wording and
         *     punctuation ("Could not authenticate you" with and without a full stop).
         */
        ErrorResponse: components["schemas"]["ErrorList"] | components["schemas"]["LegacyError"];
        /**
         * HexColor
         * @description A colour as three or six hexadecimal digits, without `#` (`F00`, `FF0000`). The old reference text wrote
         *     `#fff` / `#ffffff` as notation; the parameters themselves were sent without the `#`.
         * @example 1DA1F2
         */
        HexColor: string;
        /**
         * UpdateProfileForm
         * @description The profile fields to change; only those given are updated ("at least one should be provided", 2014 page).
         *     Lengths are counted in Unicode code points, as Twitter counts them; a longer value is refused with 403 / code 120
         *     "Account update failed: … is too long (maximum is nn characters)."
         */
        UpdateProfileForm: {
            /**
             * @description The display name. At most **50** characters: the data dictionary's cap since Twitter raised display names in
             *     2017 (the 2014 page said 20).
             */
            name?: string;
            /** @description A URL shown on the profile; `http://` is prepended when no scheme is given. At most 100 characters. */
            url?: string;
            /** @description Free text ("not normalized or geocoded"). At most 30 characters. */
            location?: string;
            /** @description The bio. At most 160 characters. */
            description?: string;
            /**
             * @deprecated
             * @description (2015 – about 2019) the link colour, moved here from the retired update_profile_colors; gone from the
             *     current page, and the User field it set has been `null` since 2019.
             */
            profile_link_color?: components["schemas"]["HexColor"];
            /** @description The `entities` node is left out when set to `false`. */
            include_entities?: components["schemas"]["TwitterBoolean"];
            /** @description When `true`, `t` or `1`, the embedded `status` is left out. */
            skip_status?: components["schemas"]["TwitterBoolean"];
        };
        /**
         * ProfileImageBinary
         * Format: binary
         * @description The avatar as raw bytes (a multipart part). GIF, JPEG or PNG, **less than 700 KB** — read here as 700 × 1024
         *     bytes, so at most 716,799 bytes (`maxLength` counts octets of a binary string). Images wider than 400 px are
         *     scaled down (the 2013 page said 500 px; the current one says 400). An animated GIF becomes a still of its first
         *     frame. A URL, a `media_id` from media/upload, or base64 sent in this part are refused as
         *     "media type unrecognized."
         */
        ProfileImageBinary: Blob;
        /**
         * UpdateProfileImageMultipart
         * @description The avatar upload as `multipart/form-data`. No field of a multipart body is part of the OAuth signature.
         */
        UpdateProfileImageMultipart: {
            image: components["schemas"]["ProfileImageBinary"];
            /** @description The `entities` node is left out when set to `false`. */
            include_entities?: components["schemas"]["TwitterBoolean"];
            /** @description When `true`, `t` or `1`, the embedded `status` is left out. */
            skip_status?: components["schemas"]["TwitterBoolean"];
        };
        /**
         * ProfileImageBase64
         * @description The avatar base64-encoded (standard alphabet, padded, no `data:` URL prefix — Twitter answers a prefixed value
         *     with "media type unrecognized."). The decoded bytes follow the rules of `ProfileImageBinary`; `maxLength` is
         *     the base64 length of its 716,799-byte limit.
         */
        ProfileImageBase64: string;
        /**
         * UpdateProfileImageForm
         * @description The avatar upload as base64 in an `application/x-www-form-urlencoded` body, every field signed.
         */
        UpdateProfileImageForm: {
            image: components["schemas"]["ProfileImageBase64"];
            /** @description The `entities` node is left out when set to `false`. */
            include_entities?: components["schemas"]["TwitterBoolean"];
            /** @description When `true`, `t` or `1`, the embedded `status` is left out. */
            skip_status?: components["schemas"]["TwitterBoolean"];
        };
        /**
         * BannerCrop
         * @description The region of the uploaded image to use as the banner, in pixels. Give all four or none: "If providing any one
         *     of the height, width, offset_left, or offset_top parameters, you must provide all of the sizing parameters"
         *     (2012 and 2016 versions of the page; the current page dropped the sentence, the rule is kept here).
         */
        BannerCrop: {
            /**
             * Format: int32
             * @description Width of the region.
             */
            width?: number;
            /**
             * Format: int32
             * @description Height of the region.
             */
            height?: number;
            /**
             * Format: int32
             * @description Pixels from the left edge of the image to the region.
             */
            offset_left?: number;
            /**
             * Format: int32
             * @description Pixels from the top edge of the image to the region.
             */
            offset_top?: number;
        };
        /**
         * ProfileBannerBinary
         * Format: binary
         * @description The banner as raw bytes (a multipart part): GIF, JPEG or PNG. The 1.1 pages publish no byte limit; the API v1
         *     page advised "an <5MB image", read here as 5 × 1024 × 1024 bytes, so at most 5,242,879 bytes. Twitter refuses
         *     images outside 200×100 … 8192×8192 pixels ("Image validation failed with errors: Image dimensions must be
         *     between 200x100 and 8192x8192.", HTTP 422 or 400). 1500×500 is the largest variant it serves.
         */
        ProfileBannerBinary: Blob;
        /**
         * UpdateProfileBannerMultipart
         * @description The banner upload as `multipart/form-data` (raw bytes, fields unsigned), with an optional crop.
         */
        UpdateProfileBannerMultipart: components["schemas"]["BannerCrop"] & {
            banner: components["schemas"]["ProfileBannerBinary"];
        };
        /**
         * ProfileBannerBase64
         * @description The banner base64-encoded (standard alphabet, padded, no `data:` URL prefix). The decoded bytes follow the rules
         *     of `ProfileBannerBinary`; `maxLength` is the base64 length of its 5,242,879-byte limit.
         */
        ProfileBannerBase64: string;
        /**
         * UpdateProfileBannerForm
         * @description The banner upload as base64 in an `application/x-www-form-urlencoded` body (fields signed), with an optional crop.
         */
        UpdateProfileBannerForm: components["schemas"]["BannerCrop"] & {
            banner: components["schemas"]["ProfileBannerBase64"];
        };
        /**
         * BannerSize
         * @description One rendition of a profile banner. Every rendition is a PNG.
         */
        BannerSize: {
            /**
             * Format: int32
             * @description Width in pixels.
             */
            w: number;
            /**
             * Format: int32
             * @description Height in pixels.
             */
            h: number;
            /**
             * Format: uri
             * @description `https://pbs.twimg.com/profile_banners/<user id>/<upload timestamp>/<variant>`.
             */
            url: string;
        };
        /**
         * ProfileBannerSizes
         * @description The renditions of a user's banner, keyed by variant name; every rendition is a PNG. Each URL is the user's
         *     `profile_banner_url` followed by `/` and the variant name. The docs list these nine variants with these
         *     dimensions; whether all nine are always present is not stated, so none is marked required.
         */
        ProfileBannerSizes: {
            sizes: {
                /** @description 626 × 313. */
                ipad?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 626;
                    /** @constant */
                    h?: 313;
                };
                /** @description 1252 × 626. */
                ipad_retina?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 1252;
                    /** @constant */
                    h?: 626;
                };
                /** @description 520 × 260. */
                web?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 520;
                    /** @constant */
                    h?: 260;
                };
                /** @description 1040 × 520. */
                web_retina?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 1040;
                    /** @constant */
                    h?: 520;
                };
                /** @description 320 × 160. */
                mobile?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 320;
                    /** @constant */
                    h?: 160;
                };
                /** @description 640 × 320. */
                mobile_retina?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 640;
                    /** @constant */
                    h?: 320;
                };
                /** @description 300 × 100. */
                "300x100"?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 300;
                    /** @constant */
                    h?: 100;
                };
                /** @description 600 × 200. */
                "600x200"?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 600;
                    /** @constant */
                    h?: 200;
                };
                /** @description 1500 × 500. */
                "1500x500"?: components["schemas"]["BannerSize"] & {
                    /** @constant */
                    w?: 1500;
                    /** @constant */
                    h?: 500;
                };
            };
        };
        /**
         * SleepTime
         * @description Hours in which Twitter sends no push or SMS notifications, in the user's `time_zone`.
         */
        SleepTime: {
            /** @description Whether sleep time is on. */
            enabled: boolean;
            /**
             * Format: int32
             * @description First hour of sleep time (0–23), or `null` when none is set.
             */
            start_time: number | null;
            /**
             * Format: int32
             * @description Hour sleep time ends (0–23), or `null` when none is set.
             */
            end_time: number | null;
        };
        /**
         * TimeZone
         * @description The user's time zone.
         */
        TimeZone: {
            /** @description The Rails time-zone name (`Pacific Time (US & Canada)`). */
            name: string;
            /** @description The IANA name (`America/Los_Angeles`). */
            tzinfo_name: string;
            /**
             * Format: int32
             * @description Offset from UTC in seconds.
             */
            utc_offset: number;
        };
        /**
         * TrendLocation
         * @description A place trends can be shown for.
         */
        TrendLocation: {
            /** @description Country name; empty for worldwide. */
            country?: string;
            /** @description ISO 3166-1 alpha-2, or `null` for worldwide. */
            countryCode?: string | null;
            /** @description Place name. */
            name: string;
            /**
             * Format: int64
             * @description WOEID of the enclosing place.
             */
            parentid?: number;
            /** @description Kind of place. */
            placeType?: {
                /**
                 * Format: int32
                 * @description Yahoo place-type code (`12` country, `19` supername, `7` town).
                 */
                code?: number;
                /** @description Place-type name. */
                name?: string;
            };
            /** @description A where.yahooapis.com URL; "no longer valid" since Yahoo retired the service. */
            url?: string;
            /**
             * Format: int64
             * @description Yahoo Where On Earth id (`1` is worldwide).
             */
            woeid: number;
        };
        /**
         * AccountSettings
         * @description The authenticating user's settings, as GET and POST account/settings return them. The documented fields are
         *     listed; Twitter has sent further keys (`discoverable_by_mobile_phone`, `display_sensitive_media`,
         *     `allow_dms_from`, `allow_dm_groups_from`, `translator_type`) that are described as seen, not as documented.
         */
        AccountSettings: {
            /** @description Whether twitter.com is always served over HTTPS for this user. */
            always_use_https?: boolean;
            /** @description Whether others can find the account by its email address. */
            discoverable_by_email?: boolean;
            /** @description Whether the user attaches locations to Tweets. */
            geo_enabled?: boolean;
            /** @description The interface language, ISO 639-1 (`en`, `it`, `es` …; the list is GET help/languages). */
            language: string;
            /** @description Whether the user's Tweets are protected. */
            protected: boolean;
            screen_name: components["schemas"]["ScreenName"];
            /** @description Whether media is shown inline on twitter.com. */
            show_all_inline_media?: boolean;
            sleep_time: components["schemas"]["SleepTime"];
            time_zone?: components["schemas"]["TimeZone"];
            /** @description The place trends are shown for (WOEID, a retired Yahoo identifier; `1` is worldwide). */
            trend_location?: components["schemas"]["TrendLocation"][];
            /** @description Whether twitter.com personalises with cookies. */
            use_cookie_personalization?: boolean;
            /** @description Who may ask to contribute to the account (seen value `all`). */
            allow_contributor_request?: string;
            /** @description (Seen, undocumented.) Whether others can find the account by its phone number. */
            discoverable_by_mobile_phone?: boolean;
            /** @description (Seen, undocumented.) Whether sensitive media is shown without a warning. */
            display_sensitive_media?: boolean;
            /** @description (Seen, undocumented.) Who may send direct messages (`all`, `following` …). */
            allow_dms_from?: string;
            /** @description (Seen, undocumented.) Who may add the user to group messages (`all`, `following` …). */
            allow_dm_groups_from?: string;
            /** @description (Seen, undocumented.) The user's translator status, e.g. `none`. */
            translator_type?: string;
        };
        /**
         * SleepHour
         * @description An hour of the day, `00`–`23` ("ISO 8601 format (i.e. 00-23)"); a single digit is accepted too.
         */
        SleepHour: string;
        /**
         * UpdateAccountSettingsForm
         * @description The settings to change; all optional, "at least one or more should be provided" (2013 page).
         */
        UpdateAccountSettingsForm: {
            /** @description `true`, `t` or `1` turns sleep time (no push or SMS notifications) on. */
            sleep_time_enabled?: components["schemas"]["TwitterBoolean"];
            /** @description The hour sleep time begins, `00`–`23`, in the user's `time_zone`. */
            start_sleep_time?: components["schemas"]["SleepHour"];
            /** @description The hour sleep time ends, `00`–`23`, in the user's `time_zone`. */
            end_sleep_time?: components["schemas"]["SleepHour"];
            /** @description A Rails time-zone name (`Europe/Copenhagen`, `Pacific/Tongatapu`). */
            time_zone?: string;
            /** @description The Yahoo WOEID trends are shown for (`1` is worldwide; see GET trends/available). */
            trend_location_woeid?: string;
            /** @description The interface language, ISO 639-1 (`it`, `en`, `es`; the list is GET help/languages). */
            lang?: string;
        };
        /**
         * BackgroundImageBinary
         * Format: binary
         * @description (Retired endpoint.) The background image as raw bytes: GIF, JPEG or PNG, less than 800 KB (at most 819,199
         *     bytes, 800 × 1024 − 1); images wider than 2048 px were scaled down.
         */
        BackgroundImageBinary: Blob;
        /**
         * UpdateProfileBackgroundImageMultipart
         * @description (Retired endpoint.) The background image as `multipart/form-data`.
         */
        UpdateProfileBackgroundImageMultipart: {
            image?: components["schemas"]["BackgroundImageBinary"];
            /** @description `true`, `t` or `1` tiled the image. */
            tile?: components["schemas"]["TwitterBoolean"];
            /** @description (2015–2018) a previously uploaded media id, instead of `image`. */
            media_id?: string;
            /** @description The `entities` node is left out when set to `false`. */
            include_entities?: components["schemas"]["TwitterBoolean"];
            /** @description When `true`, `t` or `1`, the embedded `status` is left out. */
            skip_status?: components["schemas"]["TwitterBoolean"];
        };
        /**
         * BackgroundImageBase64
         * @description (Retired endpoint.) The background image base64-encoded; the decoded bytes follow `BackgroundImageBinary`.
         */
        BackgroundImageBase64: string;
        /**
         * UpdateProfileBackgroundImageForm
         * @description (Retired endpoint.) The background image as base64, or a `media_id`, in a form body.
         */
        UpdateProfileBackgroundImageForm: {
            image?: components["schemas"]["BackgroundImageBase64"];
            /** @description `true`, `t` or `1` tiled the image. */
            tile?: components["schemas"]["TwitterBoolean"];
            /** @description (2015–2018) a previously uploaded media id, instead of `image`. */
            media_id?: string;
            /** @description The `entities` node is left out when set to `false`. */
            include_entities?: components["schemas"]["TwitterBoolean"];
            /** @description When `true`, `t` or `1`, the embedded `status` is left out. */
            skip_status?: components["schemas"]["TwitterBoolean"];
        };
        /**
         * UpdateProfileColorsForm
         * @description (Retired endpoint.) The profile colours, each three or six hex digits.
         */
        UpdateProfileColorsForm: {
            /** @description Background colour. */
            profile_background_color?: components["schemas"]["HexColor"];
            /** @description Link colour. */
            profile_link_color?: components["schemas"]["HexColor"];
            /** @description Sidebar border colour. */
            profile_sidebar_border_color?: components["schemas"]["HexColor"];
            /** @description Sidebar fill colour. */
            profile_sidebar_fill_color?: components["schemas"]["HexColor"];
            /** @description Text colour. */
            profile_text_color?: components["schemas"]["HexColor"];
            /** @description The `entities` node is left out when set to `false`. */
            include_entities?: components["schemas"]["TwitterBoolean"];
            /** @description When `true`, `t` or `1`, the embedded `status` is left out. */
            skip_status?: components["schemas"]["TwitterBoolean"];
        };
    };
    responses: {
        /**
         * @description Bad request. Code 215 when the `Authorization` header is missing or malformed (Twitter treats an unauthenticated
         *     request as invalid); 44 or 324 for a malformed parameter value; the image endpoints answer data they cannot
         *     read with the legacy `{request, error}` body.
         */
        BadRequest: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Not authenticated. Code 32: the signature (or one of its inputs) is wrong; 89: the access token is invalid,
         *     expired or paired with the wrong secret; 135: `oauth_timestamp` is too far from Twitter's clock (the `Date`
         *     response header gives Twitter's time).
         */
        Unauthorized: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Understood but refused. Code 64: the token's owner is suspended; 92: plain HTTP; 99: the credentials could
         *     not be verified; 220: the token lacks the permission; 261: a read-only app tried to write; 326: the account is
         *     temporarily locked; 453: the app's access level does not include this endpoint; 38: a required parameter is
         *     missing; 63: the user looked up is suspended; 120: update_profile refused a value.
         */
        Forbidden: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The rate-limit window of this endpoint is spent (code 88). `x-rate-limit-reset` says when it opens again; v1.1
         *     sends no `Retry-After`.
         */
        TooManyRequests: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Something broke on Twitter's side (code 131); usually temporary, retry with back-off. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Twitter is up but overloaded (code 130); retry with back-off. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not found. Code 34 for a route that does not exist (or no longer does), 50 for an unknown user. */
        NotFound: {
            headers: {
                "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The `entities` node is left out when set to `false`.
         * @example false
         */
        IncludeEntities: components["schemas"]["TwitterBoolean"];
        /**
         * @description When set to `true`, `t` or `1`, the user's most recent Tweet (`status`) is left out of the response.
         * @example true
         */
        SkipStatus: components["schemas"]["TwitterBoolean"];
        /**
         * @description When `true`, the user object carries `email`: the account's address, or `null` when it has none or it is not
         *     verified. Needs the app permission "Request email addresses from users" (with privacy-policy and terms URLs in
         *     the app settings); tokens issued before the permission was granted must be regenerated.
         * @example true
         */
        IncludeEmail: components["schemas"]["TwitterBoolean"];
        /**
         * @description The numeric id of the user, as a decimal string (ids exceed 2^53, so never pass them as JavaScript numbers).
         *     Give either `user_id` or `screen_name`; `user_id` disambiguates when a valid id is also a valid screen name.
         * @example 2244994945
         */
        UserId: components["schemas"]["UserIdString"];
        /**
         * @description The user's handle, without `@`. Give either `screen_name` or `user_id`.
         * @example TwitterDev
         */
        ScreenName: components["schemas"]["ScreenName"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request ceiling of this endpoint in the current 15-minute window, for this user access token (or app, with
         *     a bearer token). Sent on the responses of rate-limited endpoints once the request was authenticated and counted.
         * @example 75
         */
        XRateLimitLimit: number;
        /**
         * @description Requests left in the current 15-minute window. `0` together with status 429 means the window is spent.
         * @example 74
         */
        XRateLimitRemaining: number;
        /**
         * @description When the current window ends, in UTC epoch seconds. Wait until then after a 429 (code 88). Twitter sends no
         *     `Retry-After` header on v1.1.
         * @example 1700000900
         */
        XRateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    verifyCredentials: {
        parameters: {
            query?: {
                /**
                 * @description The `entities` node is left out when set to `false`.
                 * @example false
                 */
                include_entities?: components["parameters"]["IncludeEntities"];
                /**
                 * @description When set to `true`, `t` or `1`, the user's most recent Tweet (`status`) is left out of the response.
                 * @example true
                 */
                skip_status?: components["parameters"]["SkipStatus"];
                /**
                 * @description When `true`, the user object carries `email`: the account's address, or `null` when it has none or it is not
                 *     verified. Needs the app permission "Request email addresses from users" (with privacy-policy and terms URLs in
                 *     the app settings); tokens issued before the permission was granted must be regenerated.
                 * @example true
                 */
                include_email?: components["parameters"]["IncludeEmail"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticating user. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProfileForm"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfileImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UpdateProfileImageMultipart"];
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProfileImageForm"];
            };
        };
        responses: {
            /** @description The user; the new avatar URL may appear only after processing. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfileBanner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UpdateProfileBannerMultipart"];
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProfileBannerForm"];
            };
        };
        responses: {
            /** @description Banner uploaded (empty body). */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Banner uploaded (empty body). */
            201: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Banner accepted for processing (empty body). */
            202: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The image could not be resized, or is too large. */
            422: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeProfileBanner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Banner removed (empty body). */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    profileBannerSizes: {
        parameters: {
            query?: {
                /**
                 * @description The numeric id of the user, as a decimal string (ids exceed 2^53, so never pass them as JavaScript numbers).
                 *     Give either `user_id` or `screen_name`; `user_id` disambiguates when a valid id is also a valid screen name.
                 * @example 2244994945
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The user's handle, without `@`. Give either `screen_name` or `user_id`.
                 * @example TwitterDev
                 */
                screen_name?: components["parameters"]["ScreenName"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The banner renditions. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileBannerSizes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    showUser: {
        parameters: {
            query?: {
                /**
                 * @description The numeric id of the user, as a decimal string (ids exceed 2^53, so never pass them as JavaScript numbers).
                 *     Give either `user_id` or `screen_name`; `user_id` disambiguates when a valid id is also a valid screen name.
                 * @example 2244994945
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The user's handle, without `@`. Give either `screen_name` or `user_id`.
                 * @example TwitterDev
                 */
                screen_name?: components["parameters"]["ScreenName"];
                /**
                 * @description The `entities` node is left out when set to `false`.
                 * @example false
                 */
                include_entities?: components["parameters"]["IncludeEntities"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    accountSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAccountSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateAccountSettingsForm"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfileBackgroundImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UpdateProfileBackgroundImageMultipart"];
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProfileBackgroundImageForm"];
            };
        };
        responses: {
            /** @description (Until 2018) the updated user. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfileColors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProfileColorsForm"];
            };
        };
        responses: {
            /** @description (Until 2015) the updated user. */
            200: {
                headers: {
                    "X-Rate-Limit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-Rate-Limit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-Rate-Limit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
