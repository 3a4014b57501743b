// @ts-check
// Node: start the emulator, point the client at it, change the profile and upload an avatar.
// Run: npm run build && node examples/node.mjs   (against real Twitter: pass your own credentials and no baseUrl)
import { readFile } from 'node:fs/promises';
import { createClient, profileImageVariants, TwitterApiError, waitForProfileImage } from 'twitter-profile-openapi';
import { startMockServer } from 'twitter-profile-openapi/mock';

const mock = await startMockServer({ profileImageDelayMs: 300 });
try {
  const tw = createClient({ credentials: mock.credentials, baseUrl: mock.url, retry: true });
  const me = await tw.verifyCredentials({ skip_status: true });
  await tw.updateProfile({ description: "Updated from Node (it's signed!) 🐢" });

  const avatar = await readFile(new URL('avatar.png', import.meta.url));
  await tw.updateProfileImage(avatar);
  const user = await waitForProfileImage(tw, { user_id: me.id_str }, { previousUrl: me.profile_image_url_https, intervalMs: 100 });
  console.log('new avatar:', profileImageVariants(user).bigger);

  await tw.showUser({ screen_name: 'nobody_here' }).catch((error) => {
    if (error instanceof TwitterApiError) console.log('expected error:', error.status, error.codes);
    else throw error;
  });
} finally {
  await mock.close();
}
