// Everything App.svelte hands down by Svelte context, created together. Tests build isolated
// instances with `createAppContext()` and mount any component with `appContextMap(ctx)`.
import { createErrorStore, errorsEntry, setErrors, type ErrorStore } from "./errors.svelte";
import { createI18n, i18nEntry, setI18n, type I18n } from "./i18n.svelte";
import { createServices, servicesEntry, setServices, type Services } from "./services";

export interface AppContext {
  i18n: I18n;
  errors: ErrorStore;
  services: Services;
}

export function createAppContext(parts: Partial<AppContext> = {}): AppContext {
  return {
    i18n: parts.i18n ?? createI18n(),
    errors: parts.errors ?? createErrorStore(),
    services: parts.services ?? createServices(),
  };
}

/** Sets the three contexts (call during a component's initialisation). */
export function setAppContext(ctx: AppContext): AppContext {
  setI18n(ctx.i18n);
  setErrors(ctx.errors);
  setServices(ctx.services);
  return ctx;
}

/** The contexts as a map, for `mount(Component, { context: appContextMap(ctx) })`. */
export function appContextMap(ctx: AppContext): Map<unknown, unknown> {
  return new Map<unknown, unknown>([i18nEntry(ctx.i18n), errorsEntry(ctx.errors), servicesEntry(ctx.services)]);
}
