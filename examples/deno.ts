// Deno: the client against an emulator started elsewhere (`npx twitter-profile-openapi mock` prints both values).
// Run: deno run --allow-net=127.0.0.1 --allow-read examples/deno.ts <base URL> '<credentials JSON>'
// (From npm it is `npm:twitter-profile-openapi`; here the checkout's build is imported, whose declarations use
// Node-style `.js` specifiers: `deno check --unstable-sloppy-imports` resolves them.)
// @ts-types="../dist/index.d.ts"
import { createClient, getRateLimit, TwitterApiError, type Credentials } from '../dist/index.js';

const [baseUrl, credentialsJson] = Deno.args;
if (!baseUrl || !credentialsJson) {
  console.error("usage: deno run --allow-net=127.0.0.1 --allow-read examples/deno.ts <base URL> '<credentials JSON>'");
  Deno.exit(2);
}
const credentials = JSON.parse(credentialsJson) as Credentials;
const tw = createClient({ credentials, baseUrl });

const updated = await tw.updateProfile({ location: 'Deno 🦕' });
console.log('location:', updated.location, 'rate limit:', getRateLimit(updated));

const avatar = await Deno.readFile(new URL('avatar.png', import.meta.url));
const user = await tw.updateProfileImage(avatar, { skip_status: true });
console.log('uploaded; the avatar URL changes after processing:', user.profile_image_url_https);

try {
  await tw.profileBannerSizes({ screen_name: 'nobody_here' });
} catch (error) {
  if (!(error instanceof TwitterApiError)) throw error;
  console.log('expected error:', error.status, error.codes);
}
