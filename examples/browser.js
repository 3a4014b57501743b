// @ts-check
// The browser build (Web Crypto signing) against the emulator; baseUrl and credentials come from the page's query.
import { createClient, TwitterApiError } from '../dist/browser/twitter-profile-openapi.js';

const log = /** @type {HTMLElement} */ (document.getElementById('log'));
const say = (/** @type {string} */ line) => (log.textContent += `${line}\n`);

const params = new URLSearchParams(location.search);
const baseUrl = params.get('baseUrl') ?? '';
const credentials = JSON.parse(params.get('credentials') ?? '{}');
const tw = createClient({ credentials, baseUrl });

try {
  const user = await tw.updateProfile({ name: "From a browser (it's signed!) 🌐" });
  say(`name: ${user.name}`);
  const avatar = await (await fetch(new URL('avatar.png', import.meta.url))).blob();
  const uploaded = await tw.updateProfileImage(avatar);
  say(`uploaded: ${uploaded.profile_image_url_https}`);
  await tw.showUser({ screen_name: 'nobody_here' });
} catch (error) {
  if (!(error instanceof TwitterApiError)) throw error;
  say(`expected error: ${error.status} ${error.codes.join(',')}`);
}
say('done');
