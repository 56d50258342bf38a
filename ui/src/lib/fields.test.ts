import { describe, expect, it } from "vitest";
import type { Draft } from "./api";
import { fieldId, getFieldValue, textOf, withFieldValue } from "./fields";

const draft: Draft = {
  id: "00000000-0000-4000-8000-000000000001",
  kind: "mla",
  title: "Bank records",
  requesting_state: "FR",
  requested_state: null,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
  content: { requesting_authority: "Parquet national financier" },
};

describe("fields", () => {
  it("reads top-level and content paths", () => {
    expect(getFieldValue(draft, "title")).toBe("Bank records");
    expect(getFieldValue(draft, "requesting_state")).toBe("FR");
    expect(getFieldValue(draft, "requested_state")).toBeNull();
    expect(getFieldValue(draft, "content.requesting_authority")).toBe("Parquet national financier");
    expect(getFieldValue(draft, "content.case_reference")).toBeNull();
    expect(getFieldValue(draft, "nonsense")).toBeNull();
  });

  it("writes without mutating the original", () => {
    const a = withFieldValue(draft, "content.case_reference", "R-1");
    expect(a.content.case_reference).toBe("R-1");
    expect(draft.content.case_reference).toBeUndefined();
    const b = withFieldValue(a, "content.case_reference", null);
    expect("case_reference" in b.content).toBe(false);
    expect(withFieldValue(draft, "requested_state", "JO").requested_state).toBe("JO");
    expect(withFieldValue(draft, "requesting_state", null).requesting_state).toBeNull();
    expect(withFieldValue(draft, "title", null).title).toBe("");
  });

  it("shows only strings as text and builds field ids from paths", () => {
    expect(textOf("x")).toBe("x");
    expect(textOf(null)).toBe("");
    expect(textOf(3)).toBe("");
    expect(fieldId("content.requesting_authority")).toBe("field-content.requesting_authority");
  });
});
