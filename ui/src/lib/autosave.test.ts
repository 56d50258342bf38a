import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosaver, defaultRetryDelay, type Change, type SaveState } from "./autosave";

interface Call {
  changes: Change<string | null>[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A save function whose calls the test resolves or rejects by hand. */
function harness(options: { retryDelayMs?: (n: number) => number } = {}) {
  const calls: Call[] = [];
  const states: SaveState[] = [];
  const errors: unknown[] = [];
  const saver = new Autosaver<string | null, void>({
    save: (changes) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ changes, resolve, reject });
      }),
    onState: (s) => states.push(s),
    onError: (e) => errors.push(e),
    ...options,
  });
  return { saver, calls, states, errors };
}

/** Let promise callbacks run. */
async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Autosaver", () => {
  it("starts saved and marks a change dirty at once", () => {
    const { saver, calls } = harness();
    expect(saver.state).toBe("saved");
    saver.change("title", "A");
    expect(saver.state).toBe("dirty");
    expect(saver.hasUnsavedChanges()).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it("debounces 300 ms after the last change", async () => {
    const { saver, calls } = harness();
    saver.change("title", "A");
    vi.advanceTimersByTime(200);
    saver.change("title", "AB");
    vi.advanceTimersByTime(299);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([{ path: "title", value: "AB" }]);
    expect(saver.state).toBe("saving");
  });

  it("never waits more than 500 ms after the first unsaved change while typing", () => {
    const { saver, calls } = harness();
    for (let ms = 0; ms < 500; ms += 100) {
      saver.change("content.requesting_authority", `v${ms}`);
      vi.advanceTimersByTime(100);
    }
    // 5 changes 100 ms apart: the 300 ms debounce never elapsed, but 500 ms did.
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([{ path: "content.requesting_authority", value: "v400" }]);
  });

  it("coalesces changes per path and keeps several paths in one batch", () => {
    const { saver, calls } = harness();
    saver.change("title", "A");
    saver.change("content.case_reference", "R-1");
    saver.change("title", "B");
    saver.change("requested_state", null);
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([
      { path: "content.case_reference", value: "R-1" },
      { path: "title", value: "B" },
      { path: "requested_state", value: null },
    ]);
  });

  it("shows saved only after the save resolved", async () => {
    const { saver, calls, states } = harness();
    saver.change("title", "A");
    vi.advanceTimersByTime(300);
    expect(saver.state).toBe("saving");
    calls[0].resolve();
    await settle();
    expect(saver.state).toBe("saved");
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect(states).toEqual(["dirty", "saving", "saved"]);
  });

  it("a change made during a save stays dirty and is saved again", async () => {
    const { saver, calls, states } = harness();
    saver.change("title", "A");
    vi.advanceTimersByTime(300);
    saver.change("title", "AB"); // while the first save is in flight
    expect(saver.state).toBe("saving");
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(1); // never two saves at once
    calls[0].resolve();
    await settle();
    expect(saver.state).toBe("dirty"); // NOT saved: "AB" is not stored yet
    // The follow-up save is due at once: the change is already older than the 500 ms cap.
    vi.advanceTimersByTime(0);
    expect(calls).toHaveLength(2);
    expect(calls[1].changes).toEqual([{ path: "title", value: "AB" }]);
    calls[1].resolve();
    await settle();
    expect(saver.state).toBe("saved");
    expect(states).toEqual(["dirty", "saving", "dirty", "saving", "saved"]);
  });

  it("a change made during a short save waits for its own debounce", async () => {
    const { saver, calls } = harness();
    saver.change("title", "A");
    vi.advanceTimersByTime(300);
    saver.change("title", "AB");
    calls[0].resolve();
    await settle();
    expect(saver.state).toBe("dirty");
    vi.advanceTimersByTime(299);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
  });

  it("on failure keeps the changes, shows error and retries", async () => {
    const { saver, calls, errors } = harness({ retryDelayMs: () => 1000 });
    saver.change("title", "A");
    saver.change("content.case_reference", "R-1");
    vi.advanceTimersByTime(300);
    calls[0].reject({ code: "db-failed", args: { reason: "disk I/O error" } });
    await settle();
    expect(saver.state).toBe("error");
    expect(errors).toEqual([{ code: "db-failed", args: { reason: "disk I/O error" } }]);
    expect(saver.hasUnsavedChanges()).toBe(true);
    vi.advanceTimersByTime(999);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    expect(calls[1].changes).toEqual([
      { path: "title", value: "A" },
      { path: "content.case_reference", value: "R-1" },
    ]);
    calls[1].resolve();
    await settle();
    expect(saver.state).toBe("saved");
    expect(saver.lastError).toBeNull();
  });

  it("after a failure, edits made during the failed save win over the failed batch", async () => {
    const { saver, calls } = harness({ retryDelayMs: () => 1000 });
    saver.change("title", "A");
    saver.change("content.case_reference", "R-1");
    vi.advanceTimersByTime(300);
    saver.change("title", "newer");
    calls[0].reject(new Error("boom"));
    await settle();
    expect(saver.state).toBe("error");
    vi.advanceTimersByTime(1000);
    expect(calls[1].changes).toEqual([
      { path: "content.case_reference", value: "R-1" },
      { path: "title", value: "newer" },
    ]);
  });

  it("stays in error while editing until a save succeeds", async () => {
    const { saver, calls } = harness({ retryDelayMs: () => 5000 });
    saver.change("title", "A");
    vi.advanceTimersByTime(300);
    calls[0].reject(new Error("boom"));
    await settle();
    saver.change("title", "AB");
    expect(saver.state).toBe("error");
    vi.advanceTimersByTime(300); // a new edit retries after the debounce, not after 5 s
    expect(calls).toHaveLength(2);
    expect(saver.state).toBe("saving");
    calls[1].resolve();
    await settle();
    expect(saver.state).toBe("saved");
  });

  it("retry delay backs off and is capped", () => {
    expect(defaultRetryDelay(1)).toBe(1000);
    expect(defaultRetryDelay(2)).toBe(2000);
    expect(defaultRetryDelay(3)).toBe(4000);
    expect(defaultRetryDelay(10)).toBe(10_000);
  });

  it("save function throwing synchronously counts as a failure", async () => {
    const states: SaveState[] = [];
    const saver = new Autosaver<string, void>({
      save: () => {
        throw new Error("sync");
      },
      onState: (s) => states.push(s),
      retryDelayMs: () => 60_000,
    });
    saver.change("title", "A");
    vi.advanceTimersByTime(300);
    await settle();
    expect(saver.state).toBe("error");
    saver.dispose();
  });

  describe("flush", () => {
    it("resolves true at once when nothing is pending", async () => {
      const { saver, calls } = harness();
      await expect(saver.flush()).resolves.toBe(true);
      expect(calls).toHaveLength(0);
    });

    it("saves pending changes immediately, without waiting for the debounce", async () => {
      const { saver, calls } = harness();
      saver.change("title", "A");
      const done = saver.flush();
      expect(calls).toHaveLength(1);
      calls[0].resolve();
      await expect(done).resolves.toBe(true);
      expect(saver.state).toBe("saved");
      vi.advanceTimersByTime(1000);
      expect(calls).toHaveLength(1); // the debounce timer was cancelled
    });

    it("waits for the save in flight, then saves newer changes at once", async () => {
      const { saver, calls } = harness();
      saver.change("title", "A");
      vi.advanceTimersByTime(300);
      saver.change("title", "AB");
      let result: boolean | undefined;
      saver.flush().then((ok) => (result = ok));
      calls[0].resolve();
      await settle();
      expect(result).toBeUndefined(); // "AB" not saved yet
      expect(calls).toHaveLength(2); // no debounce wait when flushing
      calls[1].resolve();
      await settle();
      expect(result).toBe(true);
      expect(saver.state).toBe("saved");
    });

    it("resolves false when the save fails, and keeps the changes for the retry", async () => {
      const { saver, calls } = harness({ retryDelayMs: () => 1000 });
      saver.change("title", "A");
      const done = saver.flush();
      calls[0].reject(new Error("boom"));
      await expect(done).resolves.toBe(false);
      expect(saver.state).toBe("error");
      expect(saver.hasUnsavedChanges()).toBe(true);
      // A second flush (e.g. the user clicks back again) retries at once.
      const again = saver.flush();
      expect(calls).toHaveLength(2);
      calls[1].resolve();
      await expect(again).resolves.toBe(true);
    });
  });

  it("dispose stops timers", () => {
    const { saver, calls } = harness();
    saver.change("title", "A");
    saver.dispose();
    vi.advanceTimersByTime(10_000);
    expect(calls).toHaveLength(0);
  });
});

describe("Autosaver: values the engine refuses", () => {
  const refusal = (path: string) => ({ refused: path });
  function validating() {
    const invalids: Array<string[]> = [];
    const h = harness();
    const saver = new Autosaver<string | null, void>({
      save: (changes) =>
        new Promise<void>((resolve, reject) => {
          h.calls.push({ changes, resolve, reject });
        }),
      onState: (s) => h.states.push(s),
      onError: (e) => h.errors.push(e),
      invalidPathOf: (e) => (e as { refused?: string }).refused ?? null,
      onInvalid: (held) => invalids.push([...held.keys()]),
    });
    return { ...h, saver, invalids };
  }

  it("holds the refused change back, sends the others again at once, never retries it", async () => {
    const { saver, calls, errors, invalids } = validating();
    saver.change("title", "ok");
    saver.change("content.measures", "[bad]");
    saver.change("content.case_reference", "R-1");
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
    calls[0].reject(refusal("content.measures[0].bank"));
    await settle();
    // Right away, without the group that holds the refused value.
    expect(calls).toHaveLength(2);
    expect(calls[1].changes.map((c) => c.path)).toEqual(["title", "content.case_reference"]);
    expect(invalids.at(-1)).toEqual(["content.measures"]);
    expect(saver.invalid().get("content.measures")).toMatchObject({ value: "[bad]", errorPath: "content.measures[0].bank" });
    expect(errors).toHaveLength(0); // not a failure to retry or to show in the banner
    calls[1].resolve();
    await settle();
    // Truthful: not everything is saved, and nothing will retry the refused value.
    expect(saver.state).toBe("error");
    expect(saver.hasUnsavedChanges()).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(2);
    await expect(saver.flush()).resolves.toBe(false);
    expect(calls).toHaveLength(2);
  });

  it("a corrected value is sent and clears the error state", async () => {
    const { saver, calls, invalids } = validating();
    saver.change("title", "x".repeat(5));
    vi.advanceTimersByTime(300);
    calls[0].reject(refusal("title"));
    await settle();
    expect(calls).toHaveLength(1); // nothing else to send
    expect(saver.state).toBe("error");
    saver.change("title", "xx");
    expect(invalids.at(-1)).toEqual([]);
    expect(saver.state).toBe("dirty");
    vi.advanceTimersByTime(300);
    expect(calls[1].changes).toEqual([{ path: "title", value: "xx" }]);
    calls[1].resolve();
    await settle();
    expect(saver.state).toBe("saved");
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it("flush resolves false with a held-back value after saving the rest; discardInvalid lets it go", async () => {
    const { saver, calls } = validating();
    saver.change("title", "bad");
    saver.change("content.case_reference", "R-1");
    const flushed = saver.flush();
    calls[0].reject(refusal("title"));
    await settle();
    calls[1].resolve();
    await settle();
    await expect(flushed).resolves.toBe(false);
    saver.discardInvalid();
    expect(saver.state).toBe("saved");
    expect(saver.hasUnsavedChanges()).toBe(false);
    await expect(saver.flush()).resolves.toBe(true);
  });

  it("a newer edit of the refused path made during the save is sent, not held back", async () => {
    const { saver, calls } = validating();
    saver.change("title", "bad");
    vi.advanceTimersByTime(300);
    saver.change("title", "good");
    calls[0].reject(refusal("title"));
    await settle();
    expect(saver.invalid().size).toBe(0);
    expect(calls[1].changes).toEqual([{ path: "title", value: "good" }]);
  });

  it("transient errors still retry with backoff", async () => {
    const { saver, calls } = validating();
    saver.change("title", "A");
    vi.advanceTimersByTime(300);
    calls[0].reject(new Error("busy"));
    await settle();
    expect(saver.state).toBe("error");
    expect(saver.invalid().size).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(2);
    expect(calls[1].changes).toEqual([{ path: "title", value: "A" }]);
  });
});
