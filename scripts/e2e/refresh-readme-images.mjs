#!/usr/bin/env node
// npm run images — refreshes the README's screenshots from the last UI test run. The UI tests
// (npm run test:e2e) write their screenshots to test-results/screenshots/ (git-ignored), never into
// the tree; this copies the ones the documentation shows (images under docs/screenshots/ linked
// from README.md or docs/*.md) from there into docs/screenshots/, to be reviewed and committed.
//
//   node scripts/e2e/refresh-readme-images.mjs [--all] [NAME.png ...]
//
// NAMEs: only those; --all: every screenshot of the last run, linked or not. Exits 1 when a wanted
// screenshot is missing from the last run (run `npm run test:e2e` first).
import fs from 'node:fs';
import path from 'node:path';
import { readmeImageDir, repoRoot, screenshotDir } from './paths.mjs';

const rel = (file) => path.relative(repoRoot, file) || '.';

/** Images under docs/screenshots/ that README.md and docs/*.md link to, as file names. */
export function linkedImages() {
  const docsDir = path.join(repoRoot, 'docs');
  const pages = [path.join(repoRoot, 'README.md')];
  if (fs.existsSync(docsDir)) {
    for (const name of fs.readdirSync(docsDir)) if (name.endsWith('.md')) pages.push(path.join(docsDir, name));
  }
  const names = new Set();
  for (const page of pages) {
    if (!fs.existsSync(page)) continue;
    const text = fs.readFileSync(page, 'utf8');
    // ![alt](target) and <img src="target">
    for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|<img\b[^>]*\bsrc=["']([^"']+)["']/g)) {
      const target = (match[1] ?? match[2]).split(/[?#]/)[0];
      if (/^[a-z]+:/i.test(target)) continue;
      const file = path.resolve(path.dirname(page), decodeURIComponent(target));
      if (path.dirname(file) === readmeImageDir) names.add(path.basename(file));
    }
  }
  return [...names].sort();
}

export function refreshImages({ all = false, names = [] } = {}) {
  if (!fs.existsSync(screenshotDir)) {
    throw new Error(`${rel(screenshotDir)}/ does not exist: run \`npm run test:e2e\` first`);
  }
  const taken = fs.readdirSync(screenshotDir).filter((n) => n.endsWith('.png')).sort();
  const wanted = names.length > 0 ? names : all ? taken : linkedImages();
  const missing = wanted.filter((name) => !taken.includes(name));
  fs.mkdirSync(readmeImageDir, { recursive: true });
  const updated = [];
  const unchanged = [];
  for (const name of wanted.filter((n) => taken.includes(n))) {
    const from = path.join(screenshotDir, name);
    const to = path.join(readmeImageDir, name);
    const bytes = fs.readFileSync(from);
    if (fs.existsSync(to) && bytes.equals(fs.readFileSync(to))) {
      unchanged.push(name);
      continue;
    }
    fs.writeFileSync(to, bytes);
    updated.push(name);
  }
  return { wanted, updated, unchanged, missing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const names = args.filter((a) => !a.startsWith('--')).map((a) => (a.endsWith('.png') ? a : `${a}.png`));
  try {
    const { updated, unchanged, missing } = refreshImages({ all, names });
    for (const name of updated) console.log(`updated   ${rel(path.join(readmeImageDir, name))}`);
    for (const name of unchanged) console.log(`unchanged ${rel(path.join(readmeImageDir, name))}`);
    for (const name of missing) console.error(`missing   ${name}: not in ${rel(screenshotDir)}/ (the last UI run did not take it)`);
    console.log(`images: ${updated.length} updated, ${unchanged.length} unchanged, ${missing.length} missing (from ${rel(screenshotDir)}/)`);
    process.exit(missing.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(`images: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
