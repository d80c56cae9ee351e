import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirBusyError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(`数据目录 ${dir} 正被进程 ${pid} 使用（Keqing 正在运行？）。请先停止它。 / The data directory ${dir} is in use by process ${pid}; stop it first.`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database may be opened by one process at a time: two would corrupt it. Takes a lock
 * file in the data directory (a stale one left by a dead process is taken over) and returns its release.
 */
export function acquireDirLock(dir: string): () => void {
  const file = join(dir, 'keqing.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirBusyError(dir, pid);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${dir}`);
}
