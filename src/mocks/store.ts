import {
  DEFAULT_SETTINGS,
  type Fault,
  type MockSettings,
  type MockState,
  type StoredUser,
} from './model';
import { memoryPersistence, type Persistence } from './persistence';
import { createSeed } from './seed';
import { changesOf, restore } from './snapshot';

interface Stamped {
  version: number;
  lastModified: string;
}

/**
 * The mock server's data: the organization, the settings that choose which
 * server it imitates, and any injected faults. Handlers read and write it.
 */
export class MockStore {
  state: MockState;
  settings: MockSettings;
  /** Added to every answer, to show loading states in demos. */
  latencyMs = 0;
  /** Share of requests, 0 to 1, that fail with a 503 (fault drills). */
  errorRate = 0;
  /** Every request fails as if the network were down. */
  offline = false;
  private faults: Fault[] = [];
  private readonly persistence: Persistence;
  private removedUserIds = new Set<string>();

  constructor(persistence: Persistence = memoryPersistence()) {
    this.persistence = persistence;
    this.settings = { ...DEFAULT_SETTINGS, ...persistence.loadSettings() };
    this.state = this.loadState();
  }

  /**
   * Reads the organization again from storage: another tab of the console
   * wrote to it, and its writes must not be lost to this tab's next save.
   */
  reload(): void {
    this.settings = { ...DEFAULT_SETTINGS, ...this.persistence.loadSettings() };
    this.state = this.loadState();
  }

  private loadState(): MockState {
    const saved = this.persistence.loadState();
    if (saved && saved.size === this.settings.size) {
      this.removedUserIds = new Set(saved.removedUserIds);
      return restore(saved);
    }
    this.removedUserIds = new Set();
    return createSeed(this.settings.size);
  }

  /** Records a write: stamps the version and time, then saves. */
  touch<T extends Stamped>(resource: T): T {
    this.touchAll([resource]);
    return resource;
  }

  /** One write that changes several resources: one clock tick, one save. */
  touchAll(resources: readonly Stamped[]): void {
    this.state.clock += 1;
    const now = new Date().toISOString();
    for (const resource of resources) {
      resource.version = this.state.clock;
      resource.lastModified = now;
    }
    this.save();
  }

  /** Records a write that leaves no resource behind (a removal). */
  commit(): void {
    this.state.clock += 1;
    this.save();
  }

  save(): void {
    this.persistence.saveState(
      changesOf(this.state, this.settings.size, this.removedUserIds),
    );
  }

  /** Brings the seed back for the current organization size. */
  reset(): void {
    this.persistence.clear();
    this.removedUserIds = new Set();
    this.state = createSeed(this.settings.size);
  }

  updateSettings(changes: Partial<MockSettings>): void {
    const sizeChanged =
      changes.size !== undefined && changes.size !== this.settings.size;
    this.settings = { ...this.settings, ...changes };
    this.persistence.saveSettings(this.settings);
    if (sizeChanged) this.reset();
  }

  /** Takes a user out of the organization and out of every team. */
  removeUser(id: string): void {
    this.removedUserIds.add(id);
    this.state.users = this.state.users.filter((user) => user.id !== id);
    for (const team of this.state.teams) {
      team.memberIds = team.memberIds.filter((memberId) => memberId !== id);
    }
    this.commit();
  }

  findUser(id: string): StoredUser | undefined {
    return this.state.users.find((user) => user.id === id);
  }

  /** Makes the next `times` matching requests fail with `status`. */
  injectFault(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** The fault this request should meet, if any; uses it up by one. */
  takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        (!candidate.method || candidate.method === method) &&
        (!candidate.pathIncludes || path.includes(candidate.pathIncludes)),
    );
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}
