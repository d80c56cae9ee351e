import { isPlaceholderCity, type RegionIndex, type RegionPart } from './region-index';
import { pick, problem, regionCodeByNames, stem, type RegionLookup } from './region-names';

const CODE = /^\d{2}(\d{2}(\d{2})?)?$/;
const SEPARATORS = /[\s,，/／>＞、|｜-]+/;

/** Every county-level division and every city of the index, for names written without their province. */
interface Nationwide {
  counties: RegionPart[];
  cities: RegionPart[];
}
const nationwideCache = new WeakMap<RegionIndex, Nationwide>();

function nationwide(index: RegionIndex): Nationwide {
  let all = nationwideCache.get(index);
  if (!all) {
    const provinces = index.provinces();
    all = {
      counties: provinces.flatMap((p) => index.countiesOf(p.code)),
      cities: provinces.flatMap((p) => index.citiesOf(p.code)).filter((c) => !isPlaceholderCity(c.name)),
    };
    nationwideCache.set(index, all);
  }
  return all;
}

/** The part of `text` a division's name (or its name without the ending) starts it with, longest first. */
function prefixOf(parts: readonly RegionPart[], text: string): { part: RegionPart; rest: string } | null {
  let best: { part: RegionPart; rest: string } | null = null;
  for (const part of parts) {
    for (const written of [part.name, stem(part.name)]) {
      if (written.length >= 2 && text.startsWith(written) && (!best || written.length > text.length - best.rest.length)) {
        best = { part, rest: text.slice(written.length) };
      }
    }
  }
  return best;
}

/** 河南省郑州市中原区 → [河南省, 郑州市, 中原区]: a province, then one of its cities, then the rest. */
function splitRun(index: RegionIndex, text: string): string[] {
  const province = prefixOf(index.provinces(), text);
  if (!province) {
    // 郑州市中原区; but 朝阳区 is a county of its own, not 朝阳(市) + 区.
    const city = prefixOf(nationwide(index).cities, text);
    const county = city && city.rest ? pick(index.countiesOf(city.part.code), city.rest) : 'none';
    return city && typeof county !== 'string' ? [city.part.name, city.rest] : [text];
  }
  if (!province.rest) return [province.part.name];
  const city = prefixOf(index.citiesOf(province.part.code), province.rest);
  if (!city) return [province.part.name, province.rest];
  return [province.part.name, city.part.name, ...(city.rest ? [city.rest] : [])];
}

/** A county or city written alone: the only division in the country with that name (cities have 4-digit codes here). */
function lookupAlone(index: RegionIndex, written: string): RegionLookup {
  const all = nationwide(index);
  const found = pick([...all.counties, ...all.cities], written);
  if (found === 'ambiguous') {
    return { ok: false, level: 'county', error: { zh: `“${written}”对应多个地区，请写上省份和城市`, en: `"${written}" matches several places; add the province and city` } };
  }
  return found === 'none' ? problem('county', written, 'none') : { ok: true, code: found.code.padEnd(6, '0') };
}

/** The province of a city or county written without one, when the name is the only one of its kind. */
function provinceOfAlone(index: RegionIndex, written: string): string | null {
  const found = lookupAlone(index, written);
  return found.ok ? (index.regionOf(found.code.slice(0, 2))?.province.name ?? null) : null;
}

/**
 * The 6-digit code a region cell means, as spreadsheets hold it: a code (41, 4101, 410102), or names with
 * or without separators (河南省 郑州市 中原区, 河南省郑州市中原区, 河南/郑州/中原区, 郑州市中原区), or a
 * county or city alone when its name is unique in the country (中牟县).
 */
export function regionCodeOfText(index: RegionIndex, raw: string): RegionLookup {
  const text = raw.trim();
  if (CODE.test(text)) {
    const code = index.toSixDigitCode(text);
    return code ? { ok: true, code } : { ok: false, level: 'county', error: { zh: `行政区划代码“${text}”不存在`, en: `"${text}" is not an administrative division code` } };
  }
  const parts = text.split(SEPARATORS).filter(Boolean);
  return regionCodeOfNames(index, {}, parts.length === 1 ? splitRun(index, parts[0]!) : parts);
}

/**
 * Like regionCodeByNames, but a city or county written without its province is looked up in the whole
 * country. `all` is the names as written, when the cell held a run of them.
 */
export function regionCodeOfNames(index: RegionIndex, names: { province?: string; city?: string; county?: string }, all?: readonly string[]): RegionLookup {
  const written = all ?? [names.province, names.city, names.county].filter((n): n is string => !!n?.trim());
  if (written.length === 0) return { ok: false, level: 'province', error: { zh: '请填写省份', en: 'enter the province' } };
  const [first] = written;
  const firstIsProvince = typeof pick(index.provinces(), first!) !== 'string';
  if (firstIsProvince) return regionCodeByNames(index, { province: first, city: written[1], county: written[2] });
  if (written.length === 1) return lookupAlone(index, first!);
  const province = provinceOfAlone(index, first!);
  if (!province) return lookupAlone(index, first!);
  return regionCodeByNames(index, { province, city: written[0], county: written[1] });
}
