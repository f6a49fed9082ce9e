import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { openRedisStore, REDIS_KEY_PREFIX } from "../../src/store/redis.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";

/**
 * One contract, two real stores: SQLite in a temp DATA_DIR, and the Redis
 * server named by REDIS_URL (CI starts one). Each "open" is a new connection,
 * as after a restart or in a second instance.
 *
 * Expiry is tested without waiting: `advance` lets time pass. SQLite measures
 * expiry on the clock it is given; Redis measures it on the server's own
 * clock, so there time passes by shortening the remaining TTL of every key
 * this run wrote (PTTL, then PEXPIRE by that much less, or DEL once none is left).
 */
interface Backend {
  name: string;
  open(): Promise<Store>;
  advance(ms: number): Promise<void>;
  cleanup(): Promise<void>;
}

// Every namespace of this run starts with RUN, apart from other runs on a shared Redis.
const RUN = `test-${process.pid}-${Date.now()}`;
const ns = (name: string) => `${RUN}-${name}`;

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "pb-store-"));
  let clock = Date.now();
  return {
    name: "sqlite",
    open: async () => openSqliteStore(dir, { now: () => clock }),
    advance: async (ms) => {
      clock += ms;
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function redisBackend(url: string): Backend {
  const client = new Redis(url, { lazyConnect: true });
  /** This run's keys, in full (SCAN patterns do not take the store's key prefix). */
  async function* runKeys() {
    for await (const keys of client.scanStream({ match: `${REDIS_KEY_PREFIX}${RUN}-*` }))
      yield* keys as string[];
  }
  return {
    name: "redis",
    open: () => openRedisStore(url),
    async advance(ms) {
      for await (const key of runKeys()) {
        const left = await client.pttl(key); // -1: no expiry, -2: gone
        if (left < 0) continue;
        if (left <= ms) await client.del(key);
        else await client.pexpire(key, left - ms);
      }
    },
    async cleanup() {
      for await (const key of runKeys()) await client.del(key);
      await client.quit();
    },
  };
}

const backends: Backend[] = [sqliteBackend()];
const redisUrl = process.env.REDIS_URL;
if (redisUrl) {
  backends.push(redisBackend(redisUrl));
} else {
  // Visible in the summary and the log: skipped, never silently passed.
  console.warn("⚠ REDIS_URL is not set: the Redis store contract tests are SKIPPED (CI sets it).");
  describe("redis store", () => {
    it.skip("SKIPPED: set REDIS_URL (e.g. redis://127.0.0.1:6379) to run the Redis contract", () => {});
  });
}

describe.each(backends)("$name store", (backend) => {
  const opened: Store[] = [];
  const open = async () => {
    const store = await backend.open();
    opened.push(store);
    return store;
  };
  afterAll(async () => {
    for (const store of opened) await store.close();
    await backend.cleanup();
  });

  it("reads what it wrote, and nothing after delete", async () => {
    const store = await open();
    const sessions = store.adapter<{ language?: string }>(ns("rw"));
    expect(await sessions.read("42")).toBeUndefined();
    await sessions.write("42", { language: "uk" });
    expect(await sessions.read("42")).toEqual({ language: "uk" });
    await sessions.write("42", { language: "ko" });
    expect(await sessions.read("42")).toEqual({ language: "ko" });
    await sessions.delete("42");
    expect(await sessions.read("42")).toBeUndefined();
    await sessions.delete("never-written");
  });

  it("keeps namespaces apart", async () => {
    const store = await open();
    const name = ns("apart");
    await store.adapter(`${name}-a`).write("1", "a");
    await store.adapter(`${name}-b`).write("1", "b");
    expect(await store.adapter(`${name}-a`).read("1")).toBe("a");
    expect(await store.adapter(`${name}-b`).read("1")).toBe("b");
  });

  it("keeps data across a restart", async () => {
    const name = ns("restart");
    const first = await backend.open();
    await first.adapter(name).write("7", { language: "ko", nested: { list: [1, "два", "셋"] } });
    await first.close();
    const second = await open();
    expect(await second.adapter(name).read("7")).toEqual({
      language: "ko",
      nested: { list: [1, "два", "셋"] },
    });
  });

  it("serves concurrent writers on separate connections without losing a write", async () => {
    const name = ns("concurrent");
    const [a, b] = [await open(), await open()];
    const writes = Array.from({ length: 100 }, (_, i) => {
      const store = i % 2 === 0 ? a : b;
      return store.adapter<number>(name).write(`k${i}`, i);
    });
    // Both also race on one key: the result must be one of the two values, intact.
    writes.push(
      a.adapter<string>(name).write("shared", "from-a"),
      b.adapter<string>(name).write("shared", "from-b"),
    );
    await Promise.all(writes);
    const reader = await open();
    for (let i = 0; i < 100; i++) expect(await reader.adapter(name).read(`k${i}`)).toBe(i);
    expect(["from-a", "from-b"]).toContain(await reader.adapter(name).read("shared"));
  });

  it("expires entries written with a time to live, and only those", async () => {
    const store = await open();
    const name = ns("ttl");
    // Half the TTL at a time: on Redis real time passes too, and a busy machine may take a second.
    await store.adapter(name, { ttlSeconds: 10 }).write("x", 1);
    await store.adapter(name).write("y", 2);
    await backend.advance(5000);
    expect(await store.adapter(name).read("x")).toBe(1);
    await backend.advance(5000);
    expect(await store.adapter(name).read("x")).toBeUndefined();
    expect(await store.adapter(name).read("y")).toBe(2);
  });

  it("lists a namespace's entries, and only those", async () => {
    const store = await open();
    const name = ns("entries");
    await store.adapter(name).write("b", { n: 2 });
    await store.adapter(name).write("a", { n: 1 });
    await store.adapter(`${name}-other`).write("c", { n: 3 });
    expect(await store.entries(name)).toEqual([
      ["a", { n: 1 }],
      ["b", { n: 2 }],
    ]);
  });

  it("grants a claim once, also across connections, until it expires", async () => {
    const [a, b] = [await open(), await open()];
    const name = ns("claim");
    const results = await Promise.all([
      a.claim(name, "u1", 1),
      b.claim(name, "u1", 1),
      a.claim(name, "u1", 1),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await b.claim(name, "u2", 1)).toBe(true);
    await backend.advance(1000);
    expect(await a.claim(name, "u1", 1)).toBe(true);
    expect(await b.claim(name, "u1", 1)).toBe(false);
  });

  it("answers ping while open", async () => {
    const store = await backend.open();
    expect(await store.ping()).toBe(true);
    await store.close();
  });
});
