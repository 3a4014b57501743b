// Fault injection for resilience tests: the next N responses (optionally only for one path) misbehave.

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

interface Armed extends Required<Omit<Fault, 'path'>> {
  path: string | undefined;
}

export class Faults {
  private armed: Armed[] = [];

  inject(fault: Fault): void {
    const path = fault.path === undefined ? undefined : `/1.1/${fault.path.replace(/^\/?(1\.1\/)?/, '')}`;
    this.armed.push({ kind: fault.kind, count: fault.count ?? 1, seconds: fault.seconds ?? 30, path });
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
