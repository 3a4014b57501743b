// Minimal types for the oauth-sign dev dependency (an oracle in test/oauth.property.test.ts); it ships none.
// It is CommonJS: imported from ESM, its default export is its `module.exports` object.
declare module 'oauth-sign' {
  /** Parameter name → value; an array gives one pair per element (duplicate names). */
  export type Params = Record<string, string | readonly string[]>;

  interface OAuthSign {
    hmacsign(httpMethod: string, base_uri: string, params: Params, consumer_secret: string, token_secret?: string): string;
    generateBase(httpMethod: string, base_uri: string, params: Params): string;
    rfc3986(str: string): string;
  }

  const oauthSign: OAuthSign;
  export default oauthSign;
}
