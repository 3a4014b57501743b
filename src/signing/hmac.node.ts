// HMAC-SHA1 on node:crypto, for the Node entry: synchronous, several times the throughput of Web Crypto per call.
import { createHmac } from 'node:crypto';
import type { HmacSha1 } from './oauth.js';

export const hmacSha1: HmacSha1 = (key, text) => createHmac('sha1', key).update(text).digest('base64');
