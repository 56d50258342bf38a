import { describe, expect, it, vi } from "vitest";
import type { StateInfo } from "./api";
import { StateDirectory, stateName } from "./states";

const jordan: StateInfo = {
  code: "JO",
  kind: "member",
  name: "Jordan",
  names: { en: "Jordan", ar: "الأردن" },
};

describe("StateDirectory", () => {
  it("fetches the full list once per language", async () => {
    const fetcher = vi.fn(async () => [jordan]);
    const dir = new StateDirectory(fetcher);
    const a = await dir.load("ar");
    await dir.load("ar");
    expect(fetcher).toHaveBeenCalledExactlyOnceWith("", "ar");
    expect(a.get("JO")).toBe(jordan);
    await dir.load("en");
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it("retries after a failure", async () => {
    const fetcher = vi
      .fn<(q: string, l: string) => Promise<StateInfo[]>>()
      .mockRejectedValueOnce({ code: "db-failed", args: {} })
      .mockResolvedValueOnce([jordan]);
    const dir = new StateDirectory(fetcher);
    await expect(dir.load("en")).rejects.toBeDefined();
    await expect(dir.load("en")).resolves.toBeInstanceOf(Map);
  });

  it("names a code in the language, or shows the code when unknown", () => {
    const map = new Map([["JO", jordan]]);
    expect(stateName(map, "JO", "ar")).toBe("الأردن");
    expect(stateName(map, "JO", "en")).toBe("Jordan");
    expect(stateName(map, "XK", "en")).toBe("XK");
    expect(stateName(undefined, "JO", "en")).toBe("JO");
    expect(stateName(map, null, "en")).toBe("");
  });
});
