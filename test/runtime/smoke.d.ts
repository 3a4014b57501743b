// Types of the plain-JavaScript smoke scenario, for the TypeScript test that runs it in Node.
export interface SmokeResult {
  signature: string;
  name: string;
  nameMatches: boolean;
  avatarAnswered: boolean;
  errorIsTyped: boolean;
  errorStatus: number | undefined;
  errorCodes: number[] | undefined;
}
export function smoke(
  pkg: { createClient: unknown; signRequest: unknown; TwitterApiError: unknown },
  emulator: { baseUrl: string; credentials: object },
): Promise<SmokeResult>;
/** X's worked signing example (the api.x.com version). */
export const X_EXAMPLE: {
  request: { method: string; url: string; body: string };
  credentials: { consumerKey: string; consumerSecret: string; token: string; tokenSecret: string };
  options: { nonce: string; timestamp: number };
};
