/**
 * Preloaded into an e2e server (node --import) to move its clock: the server takes `now` from `new Date()`, and the
 * 客情费 cycle runs on working-day deadlines (review by the 8th, payout from the 9th) that no single real day
 * satisfies both of. The file named by KEQING_E2E_CLOCK_FILE holds `<ISO instant>` and the real epoch ms it was
 * written at; the process's clock reads that instant plus the real time gone by since. The test rewrites the file to
 * jump (setServerClock); the file is read again at most every 200 ms of real time. Without the variable, nothing changes.
 */
import { readFileSync } from 'node:fs';

const file = process.env.KEQING_E2E_CLOCK_FILE;

if (file) {
  const RealDate = Date;
  const realNow = () => RealDate.now();
  let offset = 0;
  let readAt = -Infinity;
  const currentOffset = () => {
    const now = realNow();
    if (now - readAt >= 200) {
      readAt = now;
      const [instant, writtenAt] = readFileSync(file, 'utf8').trim().split(/\s+/);
      offset = new RealDate(instant!).getTime() + (now - Number(writtenAt)) - now;
    }
    return offset;
  };
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(realNow() + currentOffset());
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return realNow() + currentOffset();
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
