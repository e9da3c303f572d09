/** What the console may ask of the in-browser mock server in demo mode. */
export interface DemoSettings {
  profile: 'wandb' | 'rfc';
  deployment: 'dedicated' | 'multi-tenant';
  generation: 'current' | 'legacy';
  size: number;
}

export interface DemoFault {
  method?: string;
  pathIncludes?: string;
  status: number;
  detail: string;
  times: number;
}

/** Standing faults for drills: slow answers, random failures, no network. */
export interface FaultSwitch {
  latencyMs: number;
  /** Share of requests, 0 to 1, answered with a 503. */
  errorRate: number;
  offline: boolean;
}

export interface DemoBackend {
  getSettings(): DemoSettings;
  updateSettings(changes: Partial<DemoSettings>): void;
  /** Brings the seed organization back. */
  reset(): void;
  /** Makes matching requests fail, for demos and tests. */
  injectFault(fault: DemoFault): void;
  clearFaults(): void;
  setLatency(ms: number): void;
  getFaultSwitch(): FaultSwitch;
  setFaultSwitch(changes: Partial<FaultSwitch>): void;
  /**
   * Benchmarks: a team of the first `size` users, in memory until the page
   * reloads (browser storage cannot hold that many changes). Answers its id.
   */
  createLargeTeam(name: string, size: number): Promise<string>;
}

let current: DemoBackend | null = null;

export function registerDemoBackend(backend: DemoBackend): void {
  current = backend;
}

/** The running mock, or null in live mode. */
export function getDemoBackend(): DemoBackend | null {
  return current;
}
