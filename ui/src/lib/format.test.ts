import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format";

describe("formatDateTime", () => {
  const iso = "2025-03-09T14:05:00Z";

  it("converts UTC to the given (or local) time zone", () => {
    expect(formatDateTime(iso, "en", "UTC")).toContain("14:05");
    expect(formatDateTime(iso, "en", "Asia/Amman")).toContain("17:05");
    expect(formatDateTime(iso, "en", "UTC")).toContain("2025");
  });

  it("uses Western digits in Arabic", () => {
    const text = formatDateTime(iso, "ar", "UTC");
    expect(text).toContain("2025");
    expect(text).not.toMatch(/[٠-٩]/);
  });

  it("shows an unparseable value as is", () => {
    expect(formatDateTime("not a date", "en")).toBe("not a date");
  });
});
