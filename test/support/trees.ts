import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Writes a tree of files (`name/` alone makes an empty folder) under `dir`; returns `dir`. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    const abs = path.join(dir, name);
    if (name.endsWith('/')) {
      mkdirSync(abs, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/** A small article; `body` is its prose. */
export function article(body = 'Iraqi forces took over the site in Anbar.', published = '2020-08-20'): string {
  return `---\ntitle: Test article\nsource: Example Wire\npublished: ${published}\n---\n${body}\n`;
}

export const GAZETTEER = 'places:\n  iraq: { name: Iraq, type: country, demonyms: [Iraqi] }\n';

/**
 * Workspace trees that discovery must treat alike in the CLI and the server. `folder` is what the
 * editor opens and what `newsmd check` is given; articles and gazetteers are what both must find
 * (paths relative to the tree).
 */
export interface WorkspaceCase {
  name: string;
  files: Record<string, string | Buffer>;
  folder: string;
  articles: string[];
  gazetteers: string[];
}

export const WORKSPACE_CASES: WorkspaceCase[] = [
  {
    name: 'skipped folders: node_modules and dot-folders; dist/ and out/ are ordinary; suffix in any case',
    files: {
      'gazetteer.yaml': GAZETTEER,
      'a.news.md': article(),
      'dist/b.news.md': article(),
      'out/c.news.md': article(),
      'Upper.NEWS.MD': article(),
      'node_modules/pkg/d.news.md': article(),
      '.cache/e.news.md': article(),
      '.hidden/f.news.md': article(),
      'notes.md': 'not an article',
    },
    folder: '.',
    articles: ['Upper.NEWS.MD', 'a.news.md', 'dist/b.news.md', 'out/c.news.md'],
    gazetteers: ['gazetteer.yaml'],
  },
  {
    name: '.gitignore files (nested, with negation) are honoured for articles and gazetteers',
    files: {
      '.gitignore': 'drafts/\n*.draft.news.md\nbuild/\n',
      'gazetteer.yaml': GAZETTEER,
      'a.news.md': article(),
      'b.draft.news.md': article(),
      'drafts/c.news.md': article(),
      'build/gazetteer.yaml': GAZETTEER,
      'desk/.gitignore': '*.news.md\n!keep.news.md\n',
      'desk/keep.news.md': article(),
      'desk/drop.news.md': article(),
      'desk/places.gazetteer.yaml': GAZETTEER,
    },
    folder: '.',
    articles: ['a.news.md', 'desk/keep.news.md'],
    gazetteers: ['gazetteer.yaml', 'desk/places.gazetteer.yaml'],
  },
  {
    name: '.newsmd.yaml names a gazetteer folder and ignores a path; other gazetteer files are not read',
    files: {
      '.newsmd.yaml': 'gazetteer: [gaz/]\nignore: [archive/]\n',
      'gazetteer.yaml': GAZETTEER,
      'gaz/b.yaml': GAZETTEER,
      'gaz/a.yaml': 'places:\n  syria: { name: Syria, type: country }\n',
      'a.news.md': article(),
      'archive/old.news.md': article(),
    },
    folder: '.',
    articles: ['a.news.md'],
    gazetteers: ['gaz/a.yaml', 'gaz/b.yaml'],
  },
  {
    name: 'a folder below the root: the root is the nearest .newsmd.yaml above, gazetteers are found from there',
    files: {
      'ws/.newsmd.yaml': '# the workspace root\n',
      'ws/gazetteer/places.yaml': GAZETTEER,
      'ws/gazetteer/orgs.yaml': 'organizations:\n  un: { name: United Nations, aliases: [UN] }\n',
      'ws/articles/a.news.md': article(),
      'ws/articles/2020/b.news.md': article(),
      'ws/other/c.news.md': article(),
    },
    folder: 'ws/articles',
    articles: ['ws/articles/2020/b.news.md', 'ws/articles/a.news.md'],
    gazetteers: ['ws/gazetteer/orgs.yaml', 'ws/gazetteer/places.yaml'],
  },
  {
    name: 'a Git repository: .git marks the root; a nested .newsmd.yaml folder is a workspace of its own for gazetteers',
    files: {
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/gazetteer.yaml': GAZETTEER,
      'repo/sub/a.news.md': article(),
      'repo/data/extra.gazetteer.yaml': 'places:\n  syria: { name: Syria, type: country }\n',
      'repo/team/.newsmd.yaml': '# the team desk has its own gazetteer\n',
      'repo/team/gazetteer.yaml': GAZETTEER,
    },
    folder: 'repo/sub',
    articles: ['repo/sub/a.news.md'],
    gazetteers: ['repo/gazetteer.yaml', 'repo/data/extra.gazetteer.yaml'],
  },
];
