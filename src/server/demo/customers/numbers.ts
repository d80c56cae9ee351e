import { checkCharacter, CREDIT_CODE_ALPHABET } from '../../../domain/customers/credit-code';
import type { DemoCity } from './places';
import { unique, type Rng } from './random';

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];
const DIGITS = '0123456789';

/**
 * Hands out phone numbers and credit codes that nobody else in the demo has, so that the
 * duplicate rules (same phone, same credit code) only fire where a test puts a duplicate.
 */
export class NumberBook {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const value of reserved) this.taken.add(value);
  }

  private claim(make: () => string): string {
    const value = unique(make, (v) => !this.taken.has(v));
    this.taken.add(value);
    return value;
  }

  mobile(rng: Rng): string {
    return this.claim(() => rng.pick(MOBILE_PREFIXES) + rng.chars(DIGITS, 8));
  }

  /** A landline of the city in its stored form: 0371-65123456, 0710-3512345. */
  landline(rng: Rng, city: DemoCity): string {
    const { first, length } = city.landline;
    return this.claim(() => `${city.areaCode}-${rng.pick([...first])}${rng.chars(DIGITS, length - 1)}`);
  }

  /**
   * A 统一社会信用代码 of a company (91: registered with market regulation, an enterprise) in the county:
   * an organisation code of the new (MA…) or old (all digits) form with its GB 11714 check digit, then
   * the GB 32100 check character.
   */
  creditCode(rng: Rng, countyCode: string): string {
    return this.claim(() => {
      const body = rng.chance(0.65) ? `MA${rng.chars(CREDIT_CODE_ALPHABET, 6)}` : rng.chars(DIGITS, 8);
      const first17 = `91${countyCode}${body}${organisationCheck(body)}`;
      return first17 + checkCharacter(first17)!;
    });
  }
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check digit of an 8-character organisation code (GB 11714): 0–9 or X. */
export function organisationCheck(code8: string): string {
  const sum = [...code8].reduce((s, c, i) => s + Number.parseInt(c, 36) * ORG_WEIGHTS[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 11 ? '0' : c === 10 ? 'X' : String(c);
}
