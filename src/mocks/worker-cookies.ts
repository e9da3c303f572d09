// The mock library reads request cookies through a full cookie jar, whose
// public-suffix data is most of the demo server's code. The demo's SCIM
// answers never read or set a cookie, so the worker build swaps the jar for
// this one, which holds none, and starts in a fraction of the time.
// (vite.config.ts maps the jar's package here for the worker alone.)

export class Cookie {
  key = '';
  domain: string | null = null;
  path: string | null = null;
  static fromJSON(): Cookie | null {
    return null;
  }
  toJSON(): Record<string, never> {
    return {};
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }
  async setCookie(): Promise<void> {}
}
