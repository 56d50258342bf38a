import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce, latestOnly } from "./latest";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("debounce", () => {
  it("calls once with the last arguments after the quiet period", () => {
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d("a");
    vi.advanceTimersByTime(100);
    d("ab");
    vi.advanceTimersByTime(149);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith("ab");
  });

  it("flush runs a pending call now; cancel drops it", () => {
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d("x");
    d.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith("x");
    d.flush();
    expect(fn).toHaveBeenCalledOnce();
    d("y");
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledOnce();
  });
});

describe("latestOnly", () => {
  it("drops answers of calls overtaken by a newer call", async () => {
    const resolvers: Array<(v: string) => void> = [];
    const call = latestOnly((q: string) => new Promise<string>((r) => resolvers.push(() => r(q))));
    const first = call("a");
    const second = call("ab");
    resolvers[1]("");
    resolvers[0]("");
    await expect(second).resolves.toEqual({ value: "ab" });
    await expect(first).resolves.toBeUndefined();
  });

  it("swallows failures of stale calls, rethrows the latest", async () => {
    const rejecters: Array<() => void> = [];
    const call = latestOnly(
      () => new Promise<string>((_, reject) => rejecters.push(() => reject(new Error("x")))),
    );
    const first = call();
    const second = call();
    rejecters[0]();
    rejecters[1]();
    await expect(first).resolves.toBeUndefined();
    await expect(second).rejects.toThrow("x");
  });
});
