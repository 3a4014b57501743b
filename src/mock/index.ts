// twitter-profile-openapi/mock — the local emulator of the v1.1 profile endpoints (Node only).
export { startMockServer, type MockServer, type MockServerOptions, type RecordedRequest } from './server.js';
export type { Fault, FaultKind } from './faults.js';
export type { ProfileState } from './state.js';
export type { UserCredentials } from './verify.js';
