import { describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { api, CommandError, describeError } = await import("./api");

describe("api", () => {
  it("calls the snake_case command with its arguments and returns the data", async () => {
    invoke.mockResolvedValueOnce([]);
    await expect(api.listDrafts("bank", "updated_desc")).resolves.toEqual([]);
    expect(invoke).toHaveBeenLastCalledWith("list_drafts", { query: "bank", sort: "updated_desc" });
  });

  it("throws CommandError carrying {code, args} when the command fails", async () => {
    invoke.mockRejectedValueOnce({ code: "import-json-syntax", args: { line: "3", column: "7", reason: "x" } });
    const error = await api.importDraft(new TextEncoder().encode("{")).catch((e: unknown) => e);
    expect(invoke).toHaveBeenLastCalledWith("import_draft", { bytes: [123] });
    expect(error).toBeInstanceOf(CommandError);
    expect(describeError(error)).toEqual({
      id: "error-import-json-syntax",
      args: { line: "3", column: "7", reason: "x" },
    });
  });

  it("describes anything else as an unexpected error with its text", async () => {
    invoke.mockRejectedValueOnce(new Error("IPC is not available"));
    const error = await api.getSettings().catch((e: unknown) => e);
    expect(describeError(error)).toEqual({
      id: "ui-error-unexpected",
      args: { reason: "IPC is not available" },
    });
    invoke.mockRejectedValueOnce("a bare string");
    const other = await api.getSettings().catch((e: unknown) => e);
    expect(describeError(other)).toEqual({ id: "ui-error-unexpected", args: { reason: "a bare string" } });
  });
});

describe("invalidPathOf", () => {
  it("names the path of a validation error and nothing for a transient one", async () => {
    const { invalidPathOf } = await import("./api");
    const invalid = new CommandError({ code: "invalid-field-value", args: { path: "content.measures[2].bank", reason: "text-too-long", max: "1000" } });
    expect(invalidPathOf(invalid)).toBe("content.measures[2].bank");
    expect(invalidPathOf(new CommandError({ code: "unknown-field", args: { path: "content.x" } }))).toBe("content.x");
    expect(invalidPathOf(new CommandError({ code: "db-failed", args: { reason: "busy", detail: "" } }))).toBeNull();
    expect(invalidPathOf(new Error("boom"))).toBeNull();
  });
});
