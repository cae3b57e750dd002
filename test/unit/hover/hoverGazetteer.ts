import { SEED_GAZETTEER } from '../persons/seedGazetteer';

// The seed people plus a base, an event and tracked figures, and one entry written to attack the
// hover card (a shared gazetteer is untrusted text).
export const HOVER_GAZETTEER = `${SEED_GAZETTEER}bases:
  ain-al-asad:
    name: Ain al-Asad Air Base
    aliases: [Ain al-Asad, Al Asad Airbase]
    type: air base
    country: iraq
    region: Al Anbar
    coordinates: [33.7856, 42.4412]
    operators:
      - { org: us-led-coalition, from: 2003, to: 2026-01 }
      - { org: iraqi-security-forces, from: 2026-01 }
    sources: [https://example.org/bases/ain-al-asad]
    garrison_note: rotating units
  trap-base:
    name: "Trap **Base** [click](command:workbench.action.terminal.new)"
    type: "<img src=x onerror=alert(1)>"
    notes: "[x](command:foo) <img src=x onerror=alert(1)> <script>alert(2)</script>"
    sources: ["command:foo", "javascript:alert(1)", "https://example.org/ok(1)"]
    team_field: "[y](command:bar)"
events:
  ain-al-asad-strike-2020:
    name: Iranian missile strike on Ain al-Asad
    date: 2020-01-08
    place: ain-al-asad
figures:
  us-troops-iraq:
    label: US troops deployed in Iraq
    units: [troops, soldiers, service members, personnel]
    about: [united-states, iraq]
    values:
      - { value: 5200, as_of: 2020-01, source: https://example.org/troops-2020 }
      - { value: 3000, as_of: 2020-09 }
  is-operatives:
    label: Islamic State operatives active in Iraq and Syria
    units: [operatives, fighters, militants]
    about: [islamic-state]
    values:
      - { value: 2500, as_of: 2025-06 }
`.replace('organizations:\n', `organizations:
  us-led-coalition:
    name: US-led coalition
    aliases: [international coalition]
  iraqi-security-forces:
    name: Iraqi Security Forces
`);

/** Reads hover Markdown as a person sees it: escapes and entities resolved. */
export function rendered(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every link destination in the Markdown (`[label](destination)`). */
export function linkTargets(markdown: string): string[] {
  // An escaped bracket is text, not a link: drop escaped characters first.
  const unescaped = markdown.replace(/\\[\s\S]/g, '__');
  return [...unescaped.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]);
}
