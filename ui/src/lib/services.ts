// Services built on the api and shared by the screens (today: the States directory cache).
// No module-level instance: `App.svelte` calls `createServices()` and hands the result down with
// `setServices`; components take it with `getServices()`. Tests build their own.
import { getContext, setContext } from "svelte";
import { api } from "./api";
import { StateDirectory, type StateFetcher } from "./states";

export interface Services {
  readonly stateDirectory: StateDirectory;
}

export function createServices(
  fetchStates: StateFetcher = (query, language) => api.searchStates(query, language),
): Services {
  return { stateDirectory: new StateDirectory(fetchStates) };
}

const KEY = Symbol("mla-services");

/** The context entry, for `mount(Component, { context })` in tests. */
export function servicesEntry(services: Services): [symbol, Services] {
  return [KEY, services];
}

export function setServices(services: Services): Services {
  return setContext(KEY, services);
}

export function getServices(): Services {
  const services = getContext<Services | undefined>(KEY);
  if (!services) throw new Error("getServices: no Services in context (App.svelte sets it)");
  return services;
}
