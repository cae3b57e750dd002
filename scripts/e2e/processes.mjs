// Child processes started in their own process group, ended as a group when we are done or when
// this process is interrupted, so a run never leaves code-server (or its extension host, its
// language server, Chromium) behind.
import { spawn } from 'node:child_process';

const liveGroups = new Set();
const stoppers = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

let handlersInstalled = false;
let stopping = false;
/**
 * On exit, kills the live groups; on SIGINT/SIGTERM/SIGHUP, stops them and exits, so that 'exit'
 * handlers (scratch.mjs removes its folders in one) run on a signal too. Idempotent.
 */
export function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
  const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }; // 128 + signal number, as shells report
  for (const [signal, exitCode] of Object.entries(exitCodes)) {
    process.on(signal, () => {
      // Stop gracefully (TERM, then KILL after 5 s); a second signal exits at once.
      if (stopping) process.exit(exitCode);
      stopping = true;
      Promise.allSettled([...stoppers].map((stop) => stop())).finally(() => process.exit(exitCode));
    });
  }
}

/** Spawns `command` in a new process group; `stop()` ends the whole group (TERM, then KILL). */
export function spawnGroup(command, args, options = {}) {
  installExitHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  liveGroups.add(pid);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stopped;
  async function stop() {
    stopped ??= (async () => {
      killGroup(pid, 'SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000));
      const outcome = await Promise.race([exited, timeout]);
      // The leader may exit before its children: always sweep the group with KILL.
      killGroup(pid, 'SIGKILL');
      if (outcome === 'timeout') await exited;
      liveGroups.delete(pid);
      stoppers.delete(stop);
    })();
    return stopped;
  }
  stoppers.add(stop);
  return { child, pid, exited, stop };
}
