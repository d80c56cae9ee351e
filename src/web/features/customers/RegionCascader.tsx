import { Cascader } from 'antd';
import { REGIONS, toSixDigitCode } from '../../../domain/customers/regions';
import type { RegionPart } from '../../../domain/customers/region-index';

interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

const leaf = (p: RegionPart): RegionOption => ({ value: p.code, label: p.name });

/** Province → city → county, built once from the division list the server checks against. */
const OPTIONS: RegionOption[] = REGIONS.provinces().map((p) => ({
  ...leaf(p),
  children: REGIONS.citiesOf(p.code).map((c) => {
    const counties = REGIONS.countiesOf(c.code).map(leaf);
    return counties.length ? { ...leaf(c), children: counties } : leaf(c);
  }),
}));

/** The cascader path of a stored 6-digit code: 410102 → [41, 4101, 410102], 410100 → [41, 4101]. */
export function regionPath(code: string | null | undefined): string[] | undefined {
  const region = code ? REGIONS.regionOf(code) : null;
  if (!region) return undefined;
  return [region.province, region.city, region.county].filter((p): p is RegionPart => p !== undefined).map((p) => p.code);
}

interface Props {
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** Picks a region at any level and hands back its 6-digit code (410000, 410100 or 410102). */
export function RegionCascader({ value, onChange, placeholder, style, id, ...rest }: Props) {
  return (
    <Cascader<RegionOption>
      id={id}
      options={OPTIONS}
      value={regionPath(value)}
      onChange={(path) => onChange?.(path?.length ? toSixDigitCode(String(path[path.length - 1])) : null)}
      changeOnSelect
      allowClear
      showSearch={{ filter: (input, path) => path.some((o) => o.label.includes(input.trim())) }}
      placeholder={placeholder}
      style={style}
      aria-label={rest['aria-label']}
    />
  );
}
