/**
 * Memory of a process under test: resident set (now and its peak, from /proc) and the V8 heap. The peak is reset
 * before a measurement (writing 5 to /proc/<pid>/clear_refs resets VmHWM), so it is the measurement's own. The
 * server's heap comes from heap-probe.mjs, loaded into it with NODE_OPTIONS; this process's from process.memoryUsage.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MemorySnapshot {
  rssMb: number;
  /** Highest resident set since the last reset. */
  peakRssMb: number;
  heapMb: number;
  /** Highest heap seen since the last reset (the server, sampled every 100 ms); NaN when not sampled. */
  peakHeapMb: number;
  /** Memory outside the heap: buffers and PGlite's WebAssembly memory. */
  externalMb: number;
}

const MB = 2 ** 20;

function statusKb(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

function resetPeak(pid: number | 'self'): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not allowed here: the peak is then since the process started
  }
}

/** The server's memory, read from outside. */
export class ServerMemory {
  readonly file = join(tmpdir(), `keqing-bench-abc-memory-${process.pid}.json`);
  /** What startServer adds to the server's environment. */
  readonly env = { NODE_OPTIONS: `--import=${join(import.meta.dirname, 'heap-probe.mjs')}`, KEQING_BENCH_MEMORY_FILE: this.file };

  async reset(pid: number): Promise<void> {
    resetPeak(pid);
    process.kill(pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 200));
  }

  /** Removes the probe's file (the server writes it while it runs). */
  remove(): void {
    rmSync(this.file, { force: true });
  }

  async snapshot(pid: number): Promise<MemorySnapshot> {
    await new Promise((r) => setTimeout(r, 200));
    const probe = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as { heapUsed: number; external: number; peakHeap: number }) : null;
    return {
      rssMb: statusKb(pid, 'VmRSS') / 1024,
      peakRssMb: statusKb(pid, 'VmHWM') / 1024,
      heapMb: probe ? probe.heapUsed / MB : Number.NaN,
      peakHeapMb: probe ? probe.peakHeap / MB : Number.NaN,
      externalMb: probe ? probe.external / MB : Number.NaN,
    };
  }
}

/** This process's memory (PGlite opened here for the bare SQL). */
export const ownMemory = {
  reset: () => resetPeak('self'),
  snapshot(): MemorySnapshot {
    const m = process.memoryUsage();
    return { rssMb: statusKb('self', 'VmRSS') / 1024, peakRssMb: statusKb('self', 'VmHWM') / 1024, heapMb: m.heapUsed / MB, peakHeapMb: Number.NaN, externalMb: (m.external + m.arrayBuffers) / MB };
  },
};
