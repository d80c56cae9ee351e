import pg from 'pg';

/** Creates and drops whole databases on a PostgreSQL server (the server migrates into its default schema). */
export class ScratchDatabases {
  private counter = 0;
  constructor(private readonly adminUrl: string) {}

  async reachable(): Promise<boolean> {
    try {
      await this.query('select 1');
      return true;
    } catch {
      return false;
    }
  }

  /** A new empty database; returns its URL. */
  async create(): Promise<{ name: string; url: string }> {
    const name = `keqing_bench_${process.pid}_${++this.counter}`;
    await this.query(`create database ${name}`);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return { name, url: url.toString() };
  }

  async drop(name: string): Promise<void> {
    await this.query(`drop database if exists ${name} with (force)`);
  }

  private async query(text: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }
}
