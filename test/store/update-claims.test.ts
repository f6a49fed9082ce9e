import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";
import { LEASE_SECONDS, updateClaims } from "../../src/store/update-claims.js";

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/** Two instances' claims on one SQLite file, on a clock the test moves. */
function twoInstances() {
  let now = Date.now();
  const dir = mkdtempSync(join(tmpdir(), "pb-claims-"));
  const store = openSqliteStore(dir, { now: () => now });
  opened.push(store);
  return {
    a: updateClaims(store),
    b: updateClaims(store),
    store,
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

describe("the two-phase update claim", () => {
  it("lets one take an update; others find it busy, then done", async () => {
    const { a, b } = twoInstances();
    expect(await a.take("1")).toBe("taken");
    expect(await b.take("1")).toBe("busy");
    await a.finish("1");
    expect(await b.take("1")).toBe("done");
  });

  it("lets a lapsed lease be taken again, and a renewed one not", async () => {
    const { a, b, advance } = twoInstances();
    await a.take("1");
    advance(LEASE_SECONDS - 1);
    await a.renew("1");
    advance(LEASE_SECONDS - 1);
    expect(await b.take("1")).toBe("busy");
    advance(2);
    expect(await b.take("1")).toBe("taken");
  });

  it("hands a released update to the next taker at once", async () => {
    const { a, b } = twoInstances();
    await a.take("1");
    await a.release("1");
    expect(await b.take("1")).toBe("taken");
  });

  it("takes the mark of the earlier one-phase claim as done", async () => {
    const { a, store } = twoInstances();
    await store.claim("update", "7", 3600);
    expect(await a.take("7")).toBe("done");
  });
});
