// Fault injection for resilience tests: the next N responses (optionally only for one path) misbehave.
import { MAX_TIMER_MS } from '../retry.js';

export type FaultKind =
  /** 500 with code 131. */
  | 'internal-error'
  /** 503 with code 130. */
  | 'over-capacity'
  /** 200 whose JSON body stops half-way. */
  | 'truncated-json'
  /** 503 with an HTML page instead of JSON, as a front end sends. */
  | 'html-error-page'
  /** The connection is dropped without an answer. */
  | 'drop-connection'
  /** No answer for `seconds`, then the normal one (if the client is still there). */
  | 'hang';

export interface Fault {
  kind: FaultKind;
  /** How many responses it affects. Default 1. */
  count?: number;
  /** Only requests to this path (e.g. `/1.1/account/verify_credentials.json` or `account/verify_credentials.json`). */
  path?: string;
  /** For `hang`: how long. Default 30. */
  seconds?: number;
}

const MAX_HANG_SECONDS = Math.floor(MAX_TIMER_MS / 1000);
const KINDS: readonly FaultKind[] = ['internal-error', 'over-capacity', 'truncated-json', 'html-error-page', 'drop-connection', 'hang'];

interface Armed extends Required<Omit<Fault, 'path'>> {
  path: string | undefined;
}

export class Faults {
  private armed: Armed[] = [];

  inject(fault: Fault): void {
    const { kind, count = 1, seconds = 30 } = fault;
    if (!KINDS.includes(kind)) throw new TypeError(`unknown fault kind ${String(kind)} (known: ${KINDS.join(', ')})`);
    if (!Number.isInteger(count) || count < 1) throw new TypeError('a fault count must be a positive integer');
    // setTimeout fires at once past about 24.8 days: a longer hang would not hang.
    if (!(seconds >= 0 && seconds <= MAX_HANG_SECONDS)) throw new TypeError(`a hang lasts from 0 to ${MAX_HANG_SECONDS} seconds`);
    // Paths are matched without their query; both "account/x.json" and "/1.1/account/x.json" name the same one.
    const path = fault.path === undefined ? undefined : `/1.1/${fault.path.split('?')[0]?.replace(/^\/?(1\.1\/)?/, '')}`;
    this.armed.push({ kind, count, seconds, path });
  }

  /** The fault this request meets, if any (and one fewer of it left). */
  take(path: string): Armed | undefined {
    const fault = this.armed.find((f) => f.path === undefined || f.path === path);
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.armed = this.armed.filter((f) => f !== fault);
    return fault;
  }

  clear(): void {
    this.armed = [];
  }
}
