import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";

// The Fluent tree lives outside ui/ (../locales), shared with the Rust side.
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  plugins: [svelte()],
  // Relative asset URLs: the bundle is served by Tauri from its own origin.
  base: "./",
  clearScreen: false,
  cacheDir: fileURLToPath(new URL("./node_modules/.vite", import.meta.url)),
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    // No inline <script>/data: URLs: the app's CSP only allows 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  // Component tests mount Svelte in jsdom: use Svelte's browser build there.
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
