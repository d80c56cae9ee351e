import { DataDirBusyError } from '../db/dir-lock';

/** A failure the command line explains in one line, Chinese first; exit code 1 (failure) or 2 (bad usage). */
export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(`${zh} / ${en}`);
  }
}

export const usageError = (zh: string, en: string) => new CliError(zh, en, 2);

export function errorLine(zh: string, en: string): string {
  return `错误：${zh} / Error: ${en}`;
}

/** Codes of the errors that mean "the database server cannot be reached or refuses us". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH']);

function codeOf(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function innermostMessage(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

/** Splits a message written as "中文 / English" (the convention of config and dir-lock errors). */
function splitSlash(message: string): { zh: string; en: string } {
  const at = message.indexOf(' / ');
  return at < 0 ? { zh: message, en: message } : { zh: message.slice(0, at), en: message.slice(at + 3) };
}

/** Turns anything thrown by a command into the one line the user sees and the exit code. */
export function describeError(err: unknown, where: string): { line: string; exitCode: 1 | 2 } {
  if (err instanceof CliError) return { line: errorLine(err.zh, err.en), exitCode: err.exitCode };
  if (err instanceof DataDirBusyError) {
    return {
      line: errorLine(
        `数据目录 ${err.dir} 正被进程 ${err.pid} 使用（Keqing 服务器正在运行？）。内嵌数据库同时只能由一个进程打开：请先停止服务器再执行此命令`,
        `the data directory ${err.dir} is in use by process ${err.pid} (is the Keqing server running?). The embedded database can be opened by one process at a time: stop the server, then run this command again`,
      ),
      exitCode: 1,
    };
  }
  const code = codeOf(err);
  const detail = innermostMessage(err);
  if (code && (UNREACHABLE.has(code) || /^(08|28|3D)/.test(code))) {
    return { line: errorLine(`无法连接数据库 ${where}：${detail}`, `cannot reach the database ${where}: ${detail}`), exitCode: 1 };
  }
  if (code && /^Z_/.test(code)) {
    return { line: errorLine(`文件已损坏或不是 gzip 文件：${detail}`, `the file is corrupt or not gzip: ${detail}`), exitCode: 1 };
  }
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    return { line: errorLine(`无法访问文件：${detail}`, `cannot access the file: ${detail}`), exitCode: 1 };
  }
  const { zh, en } = splitSlash(detail);
  return { line: errorLine(zh, en), exitCode: 1 };
}
