import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../support/repo';
import { copyWorkspace } from './support/lspSession';

/** What other editors run: the package's bin, which loads server/dist/server.js (a copy of dist/server.js). */
const LAUNCHER = process.env.NEWSMD_SERVER_JS ?? repoPath('server', 'bin', 'newsmd-language-server.js');

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;

test('Neovim (headless) gets pushed diagnostics from `newsmd-language-server --stdio`', { skip: haveNvim ? false : 'nvim is not installed (apt-get install -y neovim)' }, () => {
  const workspace = copyWorkspace();
  const home = mkdtempSync(path.join(tmpdir(), 'newsmd-nvim-home-'));
  const out = path.join(home, 'diagnostics.json');
  try {
    const article = path.join(workspace, 'articles', 'bases-handover.news.md');
    const run = spawnSync('nvim', ['--headless', '--noplugin', '-i', 'NONE', '-u', repoPath('test', 'lsp', 'nvim', 'init.lua'), article], {
      env: {
        ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home,
        NEWSMD_NVIM_OUT: out, NEWSMD_SERVER_JS: LAUNCHER, NEWSMD_WORKSPACE: workspace,
      },
      encoding: 'utf8',
      timeout: 40_000,
    });
    assert.equal(run.status, 0, `nvim failed: ${run.stderr}`);
    const received = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; diagnostics?: Array<{ code: string; range: { start: { line: number } } }> };
    assert.equal(received.error, undefined);
    const unknown = received.diagnostics!.filter((d) => d.code === 'entity-unknown-id');
    assert.equal(unknown.length, 1, JSON.stringify(received.diagnostics));
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.includes('{@qasem-solemani}'));
    assert.equal(unknown[0].range.start.line, line);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
});
