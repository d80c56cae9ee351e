import { buildApp, LOG_REDACT } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { demoLoginLines, seedDemo } from './demo/seed';
import { startScheduler } from './jobs/scheduler';
import { warmPdfFonts } from './modules/expenses/documents/pdf-warmup';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = performance.now();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const demo = config.seedDemo ? await seedDemo(database.db, (l) => console.log(l)) : null;
  const app = await buildApp({
    database,
    logger: { level: config.logLevel, redact: LOG_REDACT },
    sessionTtlHours: config.sessionTtlHours,
    cookieSecure: config.cookieSecure,
    webDir: config.webDir,
  });
  await app.listen({ port: config.port, host: config.host });
  // The monthly ABC grading and later scheduled jobs; with several app nodes, leave it on for exactly one (SCHEDULER=off elsewhere).
  const stopScheduler = process.env.SCHEDULER === 'off' ? () => undefined : startScheduler(database.db, () => new Date(), app.log);
  // The Chinese PDF fonts, prepared in the background (from 2 s after start, in short steps) so the first statement
  // PDF is fast; never blocks or fails the start (PDF_WARMUP=off leaves it out, for the benchmark's baseline).
  if (process.env.PDF_WARMUP !== 'off') {
    const warm = () =>
      void warmPdfFonts().then(
        (done) => app.log.info(done, 'pdf fonts ready'),
        (err: unknown) => app.log.error({ err }, 'pdf font warm-up failed'),
      );
    setTimeout(warm, 2000).unref();
  }
  const ms = Math.round(performance.now() - started);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`\n客情 Keqing 已启动 / started: http://${shown}:${config.port}  (${ms} ms)`);
  console.log(`数据库 Database: ${database.kind} — ${database.where}`);
  console.log(`接口文档 API docs: http://${shown}:${config.port}/api/docs`);
  if (demo) for (const line of demoLoginLines()) console.log(line);

  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    stopScheduler();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`启动失败 / failed to start: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
