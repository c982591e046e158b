import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// CPU time used by one Chromium instance, all its processes together (browser, renderers, the
// extension's service worker, network and storage services), from Linux's /proc. Each instance is
// told apart by its own --user-data-dir. Elsewhere this returns undefined and the bench says so.

let ticksPerSecond;
function clockTicks() {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Milliseconds of CPU (user + system) used so far by the processes started with this profile dir. */
export function browserCpuMs(profileDir) {
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const flag = `--user-data-dir=${profileDir}`;
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Chromium rewrites its child processes' titles, so arguments may be joined by spaces, not NULs.
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!new RegExp(`${escapeRegExp(flag)}(?:[\\s\\0]|$)`).test(cmdline)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / clockTicks();
}

/**
 * The same, split by process kind: browser, the extension's renderer (its worker and pages), other
 * renderers (the ATS page), gpu, and each utility service (network, storage...). For profiling aids.
 */
export function browserCpuByKind(profileDir) {
  const out = {};
  const flag = `--user-data-dir=${profileDir}`;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!new RegExp(`${escapeRegExp(flag)}(?:[\\s\\0]|$)`).test(cmdline)) continue;
      const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
      const kind =
        type === 'renderer'
          ? cmdline.includes('--extension-process')
            ? 'renderer (extension)'
            : 'renderer (pages)'
          : type === 'utility'
            ? `utility ${/--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1] ?? ''}`
            : type;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out[kind] = (out[kind] ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
