import { describe, expect, it } from "vitest";
import { isNavKey, moveActive } from "./listnav";

describe("moveActive", () => {
  it("moves down and up with wrap-around", () => {
    expect(moveActive(-1, 3, "ArrowDown")).toBe(0);
    expect(moveActive(0, 3, "ArrowDown")).toBe(1);
    expect(moveActive(2, 3, "ArrowDown")).toBe(0);
    expect(moveActive(-1, 3, "ArrowUp")).toBe(2);
    expect(moveActive(0, 3, "ArrowUp")).toBe(2);
    expect(moveActive(2, 3, "ArrowUp")).toBe(1);
  });

  it("jumps with Home/End/Page keys and stops at the ends", () => {
    expect(moveActive(5, 30, "Home")).toBe(0);
    expect(moveActive(5, 30, "End")).toBe(29);
    expect(moveActive(5, 30, "PageDown")).toBe(15);
    expect(moveActive(25, 30, "PageDown")).toBe(29);
    expect(moveActive(5, 30, "PageUp")).toBe(0);
  });

  it("has nothing active in an empty list", () => {
    expect(moveActive(0, 0, "ArrowDown")).toBe(-1);
  });

  it("recognises navigation keys", () => {
    expect(isNavKey("ArrowDown")).toBe(true);
    expect(isNavKey("Enter")).toBe(false);
  });
});
