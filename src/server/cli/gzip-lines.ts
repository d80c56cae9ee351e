import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { pipeline as pipe } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * The lines of a gzip file, streamed. A truncated or damaged file makes the iteration throw the zlib
 * error (code Z_…), which gzip's own length and CRC check catches at the end.
 */
export async function* readGzipLines(file: string): AsyncGenerator<string> {
  const text = pipe(createReadStream(file), createGunzip(), () => {});
  text.setEncoding('utf8');
  let pending: string[] = []; // pieces of a line not yet ended: lines are long, chunks are small
  for await (const chunk of text as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      pending.push(chunk.slice(start, end));
      yield pending.join('');
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
  }
  if (pending.length) yield pending.join('');
}

/**
 * Writes the lines to `file` gzipped, through `<file>.partial` renamed into place only once complete
 * and synced, so a failed run never leaves a file that looks whole. Returns the size in bytes.
 */
export async function writeGzipLinesAtomically(file: string, lines: AsyncIterable<string>): Promise<number> {
  const partial = `${file}.partial`;
  try {
    await pipeline(lines, createGzip(), createWriteStream(partial));
    const handle = await open(partial, 'r+');
    await handle.sync().finally(() => handle.close());
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return (await stat(file)).size;
}
