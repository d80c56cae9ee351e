import type { Database } from '../db/client';
import { demoLoginLines, seedDemo } from '../demo/seed';
import type { CliIo } from './io';

/** Seeds the demo organisation unless it is there, and prints how to sign in to it. */
export async function seedDemoCommand(database: Database, io: CliIo): Promise<boolean> {
  const { created } = await seedDemo(database.db, (line) => io.out(line));
  if (!created) io.out('演示企业已存在，未作改动 / the demo organisation was already there; nothing changed');
  for (const line of demoLoginLines()) io.out(line);
  return created;
}
