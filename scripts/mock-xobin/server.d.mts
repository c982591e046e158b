export interface ScenarioStep {
  status?: number;
  /** An object is sent as JSON; a string is sent as-is (e.g. truncated JSON). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  hangMs?: number;
}

export interface LoggedRequest {
  host: string;
  method: string;
  path: string;
  query: Record<string, string>;
  hasValidKey: boolean;
  /** An apiKey header was sent (valid or not). */
  hasKeyHeader: boolean;
  /** A valid key string appeared anywhere in the URL or headers. */
  carriesKey: boolean;
  /** The HTTP status, set once the answer has been fully sent (undefined while pending or if the client left). */
  status?: number;
  /** True once the exchange is over: answered, or abandoned by the client. */
  settled: boolean;
  /** When the request arrived (Date.now() in the mock's process). */
  at: number;
  /** When its answer had been fully sent; undefined while pending or if the client left. */
  answeredAt?: number;
  /** Report API requests: how many were open (this one included) when it arrived. */
  openAtArrival?: number;
  /** The JSON body of an invite or share request (the raw text when it was not JSON). */
  body?: unknown;
}

export interface MockServer {
  port: number;
  requests: LoggedRequest[];
  /**
   * key: `response_id=979554`, `custom_field_id=5123456002`, `invite`, `invited=31877` or `share=979554`.
   * Replaces earlier steps for that key.
   */
  scenario(key: string, steps: ScenarioStep[]): void;
  /** Answers every request still waiting out hangMs or latency, now; with a lookup key, only those for it. */
  release(key?: string): void;
  /** Report API requests open right now, and the most that were open at once since the last reset. */
  concurrency(): { inFlight: number; maxInFlight: number };
  /** Every report request waits this long before its answer, until changed or reset(). */
  setLatency(ms: number): void;
  /** The candidate completed the interview an invite created: its report is complete from now on. */
  completeInterview(responseId: number | string, options?: { score?: number }): void;
  /** Called with each new invite's response id (the demo completes it a little later). */
  onInvite(listener: (responseId: number) => void): void;
  /** Invites left on the account (unlimited after reset); at 0 the next invite is refused with 403 limit_exceed. */
  setInvitesLeft(count: number): void;
  /** The reports invites created, as the API keeps them. */
  invited(): Array<Record<string, unknown>>;
  /** Forgets scenarios, invites, logged requests and the in-flight maximum; latency goes back to the start value. */
  reset(): void;
  close(): Promise<void>;
}

export const VALID_API_KEYS: readonly string[];
/** The mock account's AI interviews (the API cannot list them; settings and policy name them). */
export const AI_INTERVIEWS: readonly { readonly id: number; readonly name: string }[];
export const SAMPLE_IDS: Readonly<Record<'jordan' | 'alex' | 'riley' | 'casey' | 'sam', { responseId: string; customFieldId?: string }>>;
/** A deep copy of a sample report body, as the API would send it by response id. */
export function sampleReport(responseId: number | string): Record<string, unknown> & { conversation?: Array<Record<string, unknown>> };
export function startMockServer(options?: { port?: number; latencyMs?: number; host?: string }): Promise<MockServer>;
