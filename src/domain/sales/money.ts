import { checkFen, type Fen } from './fen';

/**
 * Money as people type and read it: yuan with at most two decimals, an optional ¥ or 元, thousands separators
 * and full-width digits allowed. Parsing goes straight from the digits to integer fen, never through a float.
 */
const FULL_WIDTH = /[０-９．，－]/g;
const toHalfWidth = (s: string) => s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Integer fen from text such as "1,234.5", "¥12", "12元", "-3.20"; null when it is not an amount of money. */
export function parseYuan(text: string): Fen | null {
  const s = toHalfWidth(text.trim()).replace(/^(-?)[¥￥]\s*/, '$1').replace(/\s*元$/, '').trim();
  const m = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const [, minus, whole, decimals = ''] = m;
  const fen = BigInt(whole!.replace(/,/g, '')) * 100n + BigInt(decimals.padEnd(2, '0') || '0');
  const value = Number(minus ? -fen : fen);
  return Number.isSafeInteger(value) ? value : null;
}

/** "¥1,234.50"; negative amounts as "-¥3.20". */
export function formatYuan(fen: Fen, symbol = '¥'): string {
  checkFen(fen);
  const negative = fen < 0;
  const abs = BigInt(Math.abs(fen));
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${symbol}${whole}.${cents}`;
}

/** quantity × unit price in fen, exact; null when the result is not a safe integer. */
export function lineAmount(quantity: number, unitPriceFen: Fen): Fen | null {
  if (!Number.isSafeInteger(quantity)) return null;
  checkFen(unitPriceFen);
  const value = Number(BigInt(quantity) * BigInt(unitPriceFen));
  return Number.isSafeInteger(value) ? value : null;
}
