// Generates src-tauri/core/data/states.json from Unicode CLDR JSON (npm packages cldr-core and
// cldr-localenames-full, versions pinned in package-lock.json). Never hand-edit the output.
//
//   cd scripts/gen-states && npm ci && npm run gen      (write)
//   cd scripts/gen-states && npm ci && npm run check    (fail if the checked-in file differs)
//
// - UN member States: CLDR supplemental territoryContainment, group "UN" (193 codes).
// - Non-member observer States (Holy See, State of Palestine): listed below with the UN's own
//   designation, source: https://www.un.org/en/about-us/non-member-states ; CLDR's names are kept
//   as searchable aliases.
// - The International Criminal Court as a possible requesting/requested party (code "ICC"): its
//   names as used in the authentic texts of the Rome Statute (A/CONF.183/9).
// Names: CLDR default name per language; CLDR "alt-variant"/"alt-short" names become aliases.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const mod = (p) => join(here, "node_modules", p);
const LANGS = ["en", "ar", "fr"];

const core = JSON.parse(readFileSync(mod("cldr-core/package.json"), "utf8"));
const names = JSON.parse(readFileSync(mod("cldr-localenames-full/package.json"), "utf8"));
const containment = JSON.parse(
  readFileSync(mod("cldr-core/supplemental/territoryContainment.json"), "utf8"),
).supplemental.territoryContainment;
const territories = Object.fromEntries(
  LANGS.map((l) => [
    l,
    JSON.parse(readFileSync(mod(`cldr-localenames-full/main/${l}/territories.json`), "utf8")).main[l]
      .localeDisplayNames.territories,
  ]),
);

const OBSERVERS = {
  VA: { en: "Holy See", ar: "الكرسي الرسولي", fr: "Saint-Siège" },
  PS: { en: "State of Palestine", ar: "دولة فلسطين", fr: "État de Palestine" },
};
const ORGANIZATIONS = {
  ICC: { en: "International Criminal Court", ar: "المحكمة الجنائية الدولية", fr: "Cour pénale internationale" },
};

function cldrEntry(code) {
  const entry = { names: {}, aliases: {} };
  for (const l of LANGS) {
    const t = territories[l];
    if (!t[code]) throw new Error(`CLDR has no ${l} name for ${code}`);
    entry.names[l] = t[code];
    const alts = Object.keys(t)
      .filter((k) => k.startsWith(`${code}-alt-`))
      .sort()
      .map((k) => t[k])
      .filter((v) => v !== t[code]);
    if (alts.length) entry.aliases[l] = alts;
  }
  return entry;
}

const members = containment.UN._contains;
if (members.length !== 193) throw new Error(`expected 193 UN members in CLDR, got ${members.length}`);
const states = [];
for (const code of [...members].sort()) states.push({ code, kind: "member", ...cldrEntry(code) });
for (const [code, un] of Object.entries(OBSERVERS)) {
  const c = cldrEntry(code);
  const aliases = {};
  for (const l of LANGS) {
    const a = [c.names[l], ...(c.aliases[l] ?? [])].filter((v) => v !== un[l]);
    if (a.length) aliases[l] = a;
  }
  states.push({ code, kind: "observer", names: un, aliases });
}
for (const [code, n] of Object.entries(ORGANIZATIONS)) states.push({ code, kind: "organization", names: n, aliases: {} });

const out = {
  source:
    "Unicode CLDR (cldr-core territoryContainment group UN; cldr-localenames-full territories). " +
    "Observer States: UN designations, https://www.un.org/en/about-us/non-member-states. " +
    "ICC: Rome Statute authentic texts (A/CONF.183/9).",
  cldr_version: core.cldrVersion ?? core.version,
  cldr_packages: { "cldr-core": core.version, "cldr-localenames-full": names.version },
  generated_by: "scripts/gen-states/gen-states.mjs",
  states,
};
const target = join(here, "..", "..", "src-tauri", "core", "data", "states.json");
const text = JSON.stringify(out, null, 1) + "\n";
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== text) {
    console.error(`${target} is out of date: run \`npm run gen\` in scripts/gen-states`);
    process.exit(1);
  }
  console.log(`${target} is up to date (${states.length} entries)`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${states.length} entries to ${target}`);
}
