#!/usr/bin/env node
// The README's demo: the built package against its own emulator, on loopback, with no network and no credentials
// of yours. It imports the package by name, as a user would (Node resolves a package's own name to itself).
import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import {
  createClient,
  getRateLimit,
  profileImageVariants,
  TwitterApiError,
  TwitterValidationError,
  waitForProfileImage,
} from 'twitter-profile-openapi';
import { startMockServer } from 'twitter-profile-openapi/mock';

/** A one-colour RGB PNG, encoded here so the demo needs no image files. */
function png(width, height, [r, g, b]) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return new Uint8Array(Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]));
}

const line = (label, value) => console.log(`  ${label.padEnd(22)} ${value}`);
const mock = await startMockServer({ profileImageDelayMs: 600 });
try {
  console.log(`emulator: ${mock.url}  (OAuth verified, spec-validated)\n`);
  const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url, retry: true });

  const me = await tw.verifyCredentials({ include_email: true, skip_status: true });
  console.log('verify_credentials');
  line('user', `@${me.screen_name} (${me.id_str}), email ${me.email}`);
  line('rate limit', JSON.stringify(getRateLimit(me)));

  const name = "Sean (it's me!) *test* 🐦";
  const updated = await tw.updateProfile({ name, description: 'Ladies + Gentlemen, 100% signed ~ RFC 5849 & more' });
  console.log('update_profile');
  line('name', updated.name);
  line('description', updated.description);
  line('signature verified', mock.requests.at(-1).verified);

  const avatar = png(400, 400, [29, 155, 240]);
  const answered = await tw.updateProfileImage(avatar, { skip_status: true });
  console.log(`update_profile_image (${avatar.length} bytes, multipart)`);
  line('answered with', `${answered.profile_image_url_https}  (processing…)`);
  const ready = await waitForProfileImage(tw, { user_id: me.id_str }, { previousUrl: me.profile_image_url_https, intervalMs: 250 });
  for (const [variant, url] of Object.entries(profileImageVariants(ready))) line(variant, url);

  const banner = png(1500, 500, [20, 23, 26]);
  await tw.updateProfileBanner(banner, { width: 1500, height: 500, offset_left: 0, offset_top: 0 });
  console.log(`update_profile_banner (${banner.length} bytes) → users/profile_banner`);
  const { sizes } = await tw.profileBannerSizes({ screen_name: me.screen_name });
  for (const [variant, size] of Object.entries(sizes)) line(variant, `${size.w}×${size.h}  ${size.url}`);

  console.log('a typed validation error (nothing sent)');
  const before = mock.requests.length;
  try {
    await tw.updateProfile({ name: '🐦'.repeat(51) });
  } catch (error) {
    if (!(error instanceof TwitterValidationError)) throw error;
    line(error.name, `${error.field}: ${error.message}`);
    line('requests sent', mock.requests.length - before);
  }

  console.log('a typed API error');
  try {
    await tw.showUser({ screen_name: 'nobody_here' });
  } catch (error) {
    if (!(error instanceof TwitterApiError)) throw error;
    line(error.name, `${error.status}, codes ${error.codes.join(',')}: ${error.errors[0]?.message}`);
    line('rate limit', JSON.stringify(error.rateLimit));
  }

  const verified = mock.requests.filter((r) => r.verified).length;
  console.log(`\n${mock.requests.length} requests, ${verified} with a verified signature. Done.`);
} finally {
  await mock.close();
}
