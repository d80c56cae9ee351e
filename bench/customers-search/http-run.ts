/** GET requests through HTTP with autocannon: `connections` clients, each sending its next request when the last is answered. */
import autocannon from 'autocannon';
import { summarise, type Measurement } from './latency';

export async function httpRun(url: string, cookie: string, connections: number, seconds: number): Promise<Measurement> {
  const samples: number[] = [];
  let failed = 0;
  let firstFailure = '';
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, pipelining: 1, duration: seconds, headers: { cookie }, timeout: 30 }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) samples.push(responseTime);
      else if (failed++ === 0) firstFailure = `HTTP ${statusCode}`;
    });
  });
  if (failed > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${failed} failed responses (${firstFailure}), ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return summarise(samples, result.duration);
}
