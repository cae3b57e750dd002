import { checkFiles, type ArticleAnalysis, type GazetteerEntity } from '../../../server/src/core';

// A small corpus in our own words: an English report with emoji and Arabic names on one line,
// vague and bounded figures, dates at every precision, and a gazetteer event.

export const GAZETTEER = `bases:
  ain-al-asad:
    name: Ain al-Asad Air Base
    aliases: [Ain al-Asad, عين الأسد]
places:
  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }
  anbar: { name: Anbar, aliases: [al-Anbar], type: province }
persons:
  tahsin-al-khafaji:
    name: Tahsin al-Khafaji
    aliases: [al-Khafaji, تحسين الخفاجي]
events:
  anbar-convoy-ambush:
    name: Anbar convoy ambush
    aliases: [the convoy ambush]
    date: 2025-11-03
figures:
  anbar-advisers:
    label: Foreign advisers in Anbar
    units: [advisers]
    values:
      - { value: 300, as_of: 2025-10 }
`;

export const ARTICLE = `---
title: "Advisers, rockets and a handover: Anbar, 🚀 edition"
source: Example Wire
published: 2025-11-12
---
🚀🚀 Officials said on Monday that عين الأسد — Ain al-Asad — would pass to Iraq’s forces, according to تحسين الخفاجي 👍.

More than 300 advisers remained in al-Anbar in October 2025, al-Khafaji said, and dozens of them left after the convoy ambush.

By 2026 the base is to be run entirely by Iraqi units, he added.
`;

export const SECOND = `---
title: Second report
published: 2025-11-14
---
Between 250 and 280 advisers were still at Ain al-Asad on Thursday, a spokesman said.
`;

export function analyse(articles: { uri: string; text: string }[] = [{ uri: 'a.news.md', text: ARTICLE }]): {
  analyses: ArticleAnalysis[];
  lookup: (id: string) => GazetteerEntity | undefined;
} {
  const result = checkFiles({ articles, gazetteerFiles: [{ uri: 'gazetteer.yaml', text: GAZETTEER }] });
  const entities = result.gazetteer.gazetteer.entities;
  return { analyses: result.articles, lookup: (id) => entities.get(id) };
}
