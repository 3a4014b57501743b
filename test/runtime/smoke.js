// The runtime smoke scenario, plain JavaScript so that Node, Bun, Deno and Chromium all run it unchanged: sign,
// update the profile, upload an avatar, read an error. It gets the package's exports and the emulator's address.

// A 48×48 PNG, as bytes.
const AVATAR = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAOklEQVR42u3OQQ0AAAgEoCticksawRbOBxsBSPW8EiEhISEhISEhISEhISEhISEhISEhISEhISGhOwtP6ujTMvsIJwAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

// X's worked example (api.x.com version): a runtime whose HMAC-SHA1 or encoding is off gives another signature.
export const X_EXAMPLE = {
  request: {
    method: 'POST',
    url: 'https://api.x.com/1.1/statuses/update.json?include_entities=true',
    body: 'status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21',
  },
  credentials: {
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  options: { nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg', timestamp: 1318622958 },
};

/**
 * @param {{ createClient: Function, signRequest: Function, TwitterApiError: Function }} pkg
 * @param {{ baseUrl: string, credentials: object }} emulator
 */
export async function smoke(pkg, emulator) {
  const header = await pkg.signRequest(X_EXAMPLE.request, X_EXAMPLE.credentials, X_EXAMPLE.options);
  const signature = decodeURIComponent(/oauth_signature="([^"]+)"/.exec(header)?.[1] ?? '');

  const tw = pkg.createClient({ credentials: emulator.credentials, baseUrl: emulator.baseUrl });
  const name = "Smoke (it's me!) 🐦";
  const profile = await tw.updateProfile({ name });
  const avatar = await tw.updateProfileImage(AVATAR, { skip_status: true });
  let error;
  try {
    await tw.showUser({ screen_name: 'nobody_here' });
  } catch (caught) {
    error = caught;
  }
  return {
    signature,
    name: profile.name,
    nameMatches: profile.name === name,
    avatarAnswered: typeof avatar.profile_image_url_https === 'string',
    errorIsTyped: error instanceof pkg.TwitterApiError,
    errorStatus: error?.status,
    errorCodes: error?.codes,
  };
}
