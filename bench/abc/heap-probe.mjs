// Loaded into the server with NODE_OPTIONS=--import: every 100 ms, writes the process's memory (and the highest heap
// seen since the last reset) to KEQING_BENCH_MEMORY_FILE; SIGUSR2 resets the peak. Read by bench/abc/memory.ts.
import { renameSync, writeFileSync } from 'node:fs';

const file = process.env.KEQING_BENCH_MEMORY_FILE;
if (file) {
  let peakHeap = 0;
  const write = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    // Written aside and renamed, so that a reader never sees half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, external: m.external + m.arrayBuffers, peakHeap }));
    renameSync(`${file}.tmp`, file);
  };
  setInterval(write, 100).unref();
  process.on('SIGUSR2', () => {
    peakHeap = 0;
    write();
  });
}
