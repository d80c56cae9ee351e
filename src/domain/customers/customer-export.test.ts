import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_TYPES } from './customer-options';
import { EXPORT_FIELDS, TEMPLATE_FIELDS, exportCells, headerRow, type ExportedCustomer } from './customer-export';
import { mappedColumns, suggestMapping } from './import-mapping';
import { createImportRowValidator } from './import-rows';
import { REGIONS } from './regions';

const ownerId = '0b6f4f0e-4a59-4f3b-8f7e-2f1c9d3a5b71';
const officeId = '5d7a1c2e-0c4b-4f0e-9a55-0a1b2c3d4e5f';

const customer: ExportedCustomer = {
  id: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  name: '（河南）中牟县人民医院',
  typeCode: 'county_hospital',
  regionCode: '410122',
  address: '中牟县青年路 1 号',
  phones: ['0371-62123456-8001', '13800138000'],
  creditCode: '914403001922038216',
  owner: '张伟',
  officeName: '郑州办事处',
  status: 'active',
  source: 'order_meeting',
  sourceNote: '=2025 订货会',
  tags: ['重点', 'A类'],
  externalCode: 'HIS-0001',
  lng: 113.98,
  lat: 34.72,
  datum: 'BD-09',
  profile: { paymentMethod: '月结', competitors: '某品牌' },
  preferences: '上午拜访',
};

describe('exporting customers', () => {
  it('writes the Chinese headers the import recognises, and the template without the system ID', () => {
    const headers = headerRow(EXPORT_FIELDS);
    expect(headers.slice(0, 6)).toEqual(['系统编号', '客户名称', '客户类型', '所在地区', '地区代码', '地址']);
    expect(mappedColumns(suggestMapping(headers))).toEqual(Object.fromEntries(EXPORT_FIELDS.map((f, i) => [headers[i], f])));
    expect(headerRow(TEMPLATE_FIELDS)).not.toContain('系统编号');
  });

  it('writes cells that the import reads back as the same customer', () => {
    const headers = headerRow(EXPORT_FIELDS);
    const cells = exportCells(customer, { types: DEFAULT_CUSTOMER_TYPES, regions: REGIONS });
    expect(cells.slice(0, 5)).toEqual([customer.id, '（河南）中牟县人民医院', '县级医院', '河南省 郑州市 中牟县', '410122']);
    const validate = createImportRowValidator({
      columns: mappedColumns(suggestMapping(headers)),
      types: DEFAULT_CUSTOMER_TYPES,
      regions: REGIONS,
      owners: new Map([['张伟', ownerId]]),
      offices: new Map([['郑州办事处', officeId]]),
    });
    const back = validate(2, Object.fromEntries(headers.map((h, i) => [h, cells[i]!])));
    expect(back).toMatchObject({
      ok: true,
      id: customer.id,
      externalCode: 'HIS-0001',
      officeId,
      value: {
        name: customer.name,
        typeCode: 'county_hospital',
        regionCode: '410122',
        address: customer.address,
        phones: customer.phones,
        creditCode: customer.creditCode,
        ownerId,
        status: 'active',
        source: 'order_meeting',
        sourceNote: '=2025 订货会',
        tags: customer.tags,
        location: { lng: 113.98, lat: 34.72, datum: 'BD-09' },
        profile: { paymentMethod: '月结', competitors: '某品牌' },
        preferences: '上午拜访',
      },
    });
  });
});
