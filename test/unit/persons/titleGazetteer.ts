// A gazetteer for the title tests: officials whose titles the press writes in many ways
// ("Defense Secretary" / "Secretary of Defense", "foreign minister" / "Minister of Foreign Affairs").
// Line numbers matter: messages cite them ("gazetteer.yaml:<line>").
import { entryLine } from './seedGazetteer';
export const TITLE_GAZETTEER = `# Officials of the Iraq and Syria coverage (test fixture)
persons:
  mark-esper:
    name: Mark Esper
    aliases: [Esper]
    gender: male
    roles:
      - { title: Secretary of the Army, org: united-states, from: 2017-11-20, to: 2019-07-23 }
      - { title: Secretary of Defense, org: united-states, from: 2019-07-23, to: 2020-11-09 }
  lloyd-austin:
    name: Lloyd Austin
    aliases: [Austin]
    gender: male
    roles:
      - { title: Commander, org: centcom, from: 2013-03-22, to: 2016-03-30 }
      - { title: Secretary of Defense, org: united-states, from: 2021-01-22, to: 2025-01-20 }
  fuad-hussein:
    name: Fuad Hussein
    gender: male
    roles:
      - { title: Minister of Finance, org: iraq, from: 2018-10-25, to: 2020-05-07 }
      - { title: Minister of Foreign Affairs, org: iraq, from: 2020-06-06 }
  falih-al-fayyadh:
    name: Falih al-Fayyadh
    aliases: [al-Fayyadh]
    gender: male
    roles:
      - { title: Chairman, org: popular-mobilization-forces, from: 2014 }
  esmail-qaani:
    name: Esmail Qaani
    aliases: [Qaani]
    gender: male
    roles:
      - { title: Deputy Commander, org: quds-force, from: 1997, to: 2020-01-03 }
      - { title: Commander, org: quds-force, from: 2020-01-03 }
  qasem-soleimani:
    name: Qasem Soleimani
    aliases: [Soleimani]
    gender: male
    died: 2020-01-03
    roles:
      - { title: Commander, org: quds-force, from: 1998, to: 2020-01-03 }
  mustafa-al-kadhimi:
    name: Mustafa al-Kadhimi
    aliases: [al-Kadhimi, Kadhimi]
    gender: male
    roles:
      - { title: Director, org: iraqi-national-intelligence-service, from: 2016-06, to: 2020-05-07 }
      - { title: Prime Minister, org: iraq, from: 2020-05-07, to: 2022-10-27 }
  tahsin-al-khafaji:
    name: Tahsin al-Khafaji
    aliases: [al-Khafaji]
    gender: male
    roles:
      - { title: Spokesman, org: joint-operations-command, from: 2019-03 }
  qais-al-muhammadawi:
    name: Qais al-Muhammadawi
    aliases: [al-Muhammadawi]
    roles:
      - { title: Deputy Commander, org: joint-operations-command, from: 2021-02 }
  bashar-al-assad:
    name: Bashar al-Assad
    aliases: [Assad]
    gender: male
    roles:
      - { title: President, org: syria, from: 2000-07-17, to: 2024-12-08 }
organizations:
  quds-force:
    name: Quds Force
    parent: irgc
  irgc:
    name: Islamic Revolution Guards Corps
    aliases: [IRGC]
  popular-mobilization-forces:
    name: Popular Mobilization Forces
    aliases: [PMF, Hashd Shaabi]
  joint-operations-command:
    name: Joint Operations Command
    aliases: [JOC]
  iraqi-national-intelligence-service:
    name: Iraqi National Intelligence Service
    aliases: [INIS]
  centcom:
    name: US Central Command
    aliases: [CENTCOM, Central Command]
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  iran: { name: Iran, type: country, demonyms: [Iranian] }
  syria: { name: Syria, type: country, demonyms: [Syrian] }
  united-states: { name: United States, type: country, aliases: [US, U.S.], demonyms: [American] }
`;

/** 1-based line of an entry key in TITLE_GAZETTEER. */
export function titleLine(id: string): number {
  return entryLine(TITLE_GAZETTEER, id);
}
