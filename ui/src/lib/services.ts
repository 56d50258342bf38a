// App-wide singletons built on the api.
import { api } from "./api";
import { StateDirectory } from "./states";

export const stateDirectory = new StateDirectory((query, language) =>
  api.searchStates(query, language),
);
