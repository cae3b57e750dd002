import { loadGazetteer } from '../../../server/src/core/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../server/src/core/types';

export const GAZETTEER_URI = 'file:///w/gazetteer.yaml';

/** A small gazetteer of the kind the sample articles need, written as a user would. */
export const GAZETTEER_YAML = `# Test gazetteer
bases:
  ain-al-asad:
    name: Ain al-Asad Air Base
    aliases: [Ain al-Asad, Ayn al-Asad, Al Asad Airbase]
    country: iraq
persons:
  qasem-soleimani:
    name: Qasem Soleimani
    aliases: [Qassem Soleimani, Soleimani]
  tahsin-al-khafaji:
    name: Tahsin al-Khafaji
    aliases: [al-Khafaji]
  sami-rahman:
    name: Sami Rahman
organizations:
  islamic-state:
    name: Islamic State
    aliases: [IS, ISIS, ISIL, Daesh]
  joint-operations-command:
    name: Joint Operations Command
    aliases: [JOC]
  us-led-coalition:
    name: US-led coalition
    aliases: [Global Coalition]
  quds-force:
    name: Quds Force
  kurdistan-regional-government:
    name: Kurdistan Regional Government
    aliases: [KRG]
  rahman-foundation:
    name: Rahman Foundation
    aliases: [Rahman]
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  syria: { name: Syria, type: country }
  united-states: { name: United States, aliases: [US, USA, United States of America], type: country }
  baghdad: { name: Baghdad, aliases: [بغداد], country: iraq }
  erbil: { name: Erbil, aliases: [Irbil, Hewlêr], country: iraq }
  jordan: { name: Jordan, type: country }
  jordan-valley: { name: Jordan Valley, aliases: [Jordan], country: jordan }
  nusaybin: { name: "Nusaybin", aliases: ["Ma’arrat Nusaybin"] }
figures:
  us-troops-iraq:
    label: US troops deployed in Iraq
    units: [troops]
    about: [united-states, iraq]
    values:
      - { value: 5200, as_of: 2020-01 }
`;

export function testGazetteer(yaml = GAZETTEER_YAML): Gazetteer {
  return loadGazetteer([{ uri: GAZETTEER_URI, text: yaml }]);
}
