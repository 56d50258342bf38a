// Keyboard movement in a list (combobox options): pure, for testing.

export type NavKey = "ArrowDown" | "ArrowUp" | "Home" | "End" | "PageDown" | "PageUp";

export function isNavKey(key: string): key is NavKey {
  return ["ArrowDown", "ArrowUp", "Home", "End", "PageDown", "PageUp"].includes(key);
}

/**
 * The next active index. `-1` means none active. Arrows wrap around; Page keys jump by `page`
 * and stop at the ends.
 */
export function moveActive(current: number, count: number, key: NavKey, page = 10): number {
  if (count <= 0) return -1;
  switch (key) {
    case "ArrowDown":
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case "ArrowUp":
      return current <= 0 ? count - 1 : current - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    case "PageDown":
      return Math.min(count - 1, Math.max(0, current) + page);
    case "PageUp":
      return Math.max(0, current - page);
  }
}
