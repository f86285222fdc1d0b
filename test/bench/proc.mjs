/** What /proc (Linux) tells about a process of this machine; null elsewhere. */
import { readFile } from 'node:fs/promises';

/**
 * CPU seconds (user + system) a process has used: a server's cost per request, or a PostgreSQL
 * backend's for the data load, told apart from the wait for a busy machine's cores.
 */
export async function cpuSeconds(pid) {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Resident set size of a process in MB, from /proc (Linux); null elsewhere. */
export async function rssMb(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}
