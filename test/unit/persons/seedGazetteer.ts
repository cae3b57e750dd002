// A gazetteer of the people and bodies the seed articles talk about, in our own YAML.
// Line numbers matter: messages cite them ("gazetteer.yaml:<line>").
export const SEED_GAZETTEER = `# People and bodies of the Iraq coverage (test fixture)
persons:
  qasem-soleimani:
    name: Qasem Soleimani
    aliases: [Qassem Soleimani, Soleimani]
    gender: male
    born: 1957-03-11
    died: 2020-01-03
    nationality: iran
    roles:
      - { title: Commander, org: quds-force, from: 1998, to: 2020-01-03 }
  abu-mahdi-al-muhandis:
    name: Abu Mahdi al-Muhandis
    aliases: [al-Muhandis]
    gender: male
    born: 1954-07
    died: 2020-01-03
    roles:
      - { title: Deputy Chief, org: popular-mobilization-forces, from: 2014-06, to: 2020-01-03 }
  tahsin-al-khafaji:
    name: Tahsin al-Khafaji
    aliases: [al-Khafaji]
    gender: male
    roles:
      - { title: Spokesman, org: joint-operations-command, from: 2019-03 }
  mustafa-al-kadhimi:
    name: Mustafa al-Kadhimi
    aliases: [al-Kadhimi, Kadhimi]
    gender: male
    born: 1967
    roles:
      - { title: Director, org: iraqi-national-intelligence-service, from: 2016-06, to: 2020-05-07 }
      - { title: Prime Minister, org: iraq, from: 2020-05-07, to: 2022-10-27 }
  qais-al-muhammadawi:
    name: Qais al-Muhammadawi
    aliases: [al-Muhammadawi]
    roles:
      - { title: Deputy Commander, org: joint-operations-command, from: 2021-02 }
  yusuf-rahimi:
    name: Yusuf Rahimi
    notes: A fictional analyst with no roles recorded.
organizations:
  quds-force:
    name: Quds Force
    parent: irgc
  irgc:
    name: Islamic Revolution Guards Corps
    aliases: [IRGC, Islamic Revolutionary Guard Corps]
  popular-mobilization-forces:
    name: Popular Mobilization Forces
    aliases: [PMF, Hashd Shaabi, al-Hashd al-Shaabi]
  joint-operations-command:
    name: Joint Operations Command
    aliases: [JOC]
  iraqi-national-intelligence-service:
    name: Iraqi National Intelligence Service
    aliases: [INIS]
  islamic-state:
    name: Islamic State
    aliases: [IS, ISIS, Daesh]
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  iran: { name: Iran, type: country, demonyms: [Iranian] }
  united-states: { name: United States, type: country, aliases: [US, U.S.], demonyms: [American] }
`;

/** 1-based line of an entry key in a gazetteer text, so tests do not hard-code line numbers. */
export function entryLine(gazetteer: string, id: string): number {
  const lines = gazetteer.split('\n');
  const i = lines.findIndex((l) => l.trim().startsWith(`${id}:`));
  if (i < 0) throw new Error(`no ${id} in the test gazetteer`);
  return i + 1;
}

/** 1-based line of an entry key in SEED_GAZETTEER. */
export function seedLine(id: string): number {
  return entryLine(SEED_GAZETTEER, id);
}
