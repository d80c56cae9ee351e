import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { OTHER_ORG, seedSecondOrg } from '../helpers/second-org';

let t: TestApp;
let admin: string;
let rep: string; // 张伟, 郑州
let otherRep: string; // 陈杰, 南阳
let otherAdmin: string; // another organisation
let otherOrgFieldId: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedSecondOrg(t.database.db);
  admin = await t.login('admin');
  rep = await t.login('zhangwei');
  otherRep = await t.login('chenjie');
  otherAdmin = await t.login('admin', OTHER_ORG.password, OTHER_ORG.code);
  const made = await t.request('POST', '/api/customer-fields', { cookie: otherAdmin, body: { labelZh: '外部字段', kind: 'text' } });
  otherOrgFieldId = made.json().id;
});
afterAll(() => t.close());

interface Field {
  id: string;
  key: string;
  version: number;
  options: { value: string; zh: string; en: string }[];
  active: boolean;
}

async function createField(body: Record<string, unknown>, cookie = admin): Promise<Field> {
  const res = await t.request('POST', '/api/customer-fields', { cookie, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const fieldsOf = (res: { json(): { fields?: { field: string; message: string; message_en: string }[] } }) =>
  Object.fromEntries((res.json().fields ?? []).map((f) => [f.field, f.message]));

describe('custom field definitions', () => {
  let beds: Field;
  let grade: Field;

  it('an administrator adds fields for one type or for all; the key is given or made up', async () => {
    beds = await createField({ key: 'test_beds', typeCode: 'county_hospital', labelZh: '测试床位数', labelEn: 'Test beds', kind: 'number', required: true, sort: 1 });
    expect(beds).toMatchObject({ key: 'test_beds', typeCode: 'county_hospital', kind: 'number', required: true, active: true, version: 1, options: [] });
    grade = await createField({ typeCode: 'county_hospital', labelZh: '测试等级', kind: 'single', options: [{ value: 'g1', zh: '一级', en: 'Grade 1' }, { value: 'g2', zh: '二级', en: 'Grade 2' }, { zh: '三级' }], sort: 2 });
    expect(grade.key).toMatch(/^f_[0-9a-f]{8}$/);
    expect(grade).toMatchObject({ labelEn: '测试等级', options: [{ value: 'g1' }, { value: 'g2' }, { value: 'o1', zh: '三级', en: '三级' }] });
    const all = (await t.request('GET', '/api/customer-fields?typeCode=county_hospital', { cookie: rep })).json().items.map((f: Field) => f.key);
    expect(all).toEqual(expect.arrayContaining(['test_beds', grade.key]));
    const clinic = (await t.request('GET', '/api/customer-fields?typeCode=village_clinic', { cookie: rep })).json().items.map((f: Field) => f.key);
    expect(clinic).not.toContain('test_beds');
  });

  it('refuses bad definitions, naming each field in Chinese and English', async () => {
    const res = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { key: 'Bad-Key', labelZh: ' ', kind: 'single' } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual({ key: expect.stringMatching(/^字段代码：/), labelZh: '中文名称：不能为空' });
    const type = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { typeCode: 'shop', labelZh: '测试类型', kind: 'text' } });
    expect(fieldsOf(type)).toEqual({ typeCode: '客户类型：客户类型“shop”不在类型列表中' });
    expect(res.json().fields.find((f: { field: string }) => f.field === 'labelZh').message_en).toBe('Chinese label: must not be empty');
    const options = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { labelZh: '测试选项', kind: 'multi', options: [{ value: 'a', zh: '甲' }, { value: 'a', zh: '乙' }] } });
    expect(fieldsOf(options)).toEqual({ 'options.1.value': '选项代码：选项代码“a”重复' });
    const none = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { labelZh: '测试选项', kind: 'single', options: [] } });
    expect(fieldsOf(none)).toEqual({ options: '选项：请至少添加一个选项' });
  });

  it('keeps labels unique among the fields one form shows, and keys unique in the organisation', async () => {
    const sameType = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { typeCode: 'county_hospital', labelZh: '测试床位数', labelEn: 'Other', kind: 'text' } });
    expect(sameType.statusCode).toBe(409);
    expect(sameType.json()).toMatchObject({ code: 'CUSTOM_FIELD_LABEL_TAKEN', fields: [{ field: 'labelZh', message: '中文名称：同一客户类型已有这个名称的字段' }] });
    const forAll = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { labelZh: '测试其他', labelEn: 'TEST BEDS', kind: 'text' } });
    expect(forAll.json()).toMatchObject({ code: 'CUSTOM_FIELD_LABEL_TAKEN', fields: [{ field: 'labelEn' }] });
    await createField({ typeCode: 'village_clinic', labelZh: '测试床位数', labelEn: 'Test beds', kind: 'number' }); // another type: fine
    const key = await t.request('POST', '/api/customer-fields', { cookie: admin, body: { key: 'test_beds', labelZh: '测试另一个', kind: 'text' } });
    expect(key.statusCode).toBe(409);
    expect(key.json()).toMatchObject({ code: 'CUSTOM_FIELD_KEY_TAKEN', fields: [{ field: 'key' }] });
  });

  it('changes a field under its version; the key and the kind stay', async () => {
    const stale = await t.request('PATCH', `/api/customer-fields/${beds.id}`, { cookie: admin, body: { version: 9, labelZh: '测试床位' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const fixed = await t.request('PATCH', `/api/customer-fields/${beds.id}`, { cookie: admin, body: { version: 1, key: 'other_key', kind: 'text' } });
    expect(fixed.statusCode).toBe(400);
    expect(fieldsOf(fixed)).toEqual({ key: '字段代码：字段代码创建后不能更改', kind: '字段类型：字段类型创建后不能更改' });
    const ok = await t.request('PATCH', `/api/customer-fields/${beds.id}`, { cookie: admin, body: { version: 1, labelEn: 'Test bed count' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ key: 'test_beds', labelZh: '测试床位数', labelEn: 'Test bed count', version: 2 });
    beds = ok.json();
  });

  it('is managed by administrators only and never across organisations', async () => {
    expect((await t.request('POST', '/api/customer-fields', { cookie: rep, body: { labelZh: '代表加的', kind: 'text' } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/customer-fields/${beds.id}`, { cookie: rep, body: { version: beds.version, labelZh: 'x' } })).statusCode).toBe(403);
    expect((await t.request('POST', `/api/customer-fields/${beds.id}/deactivate`, { cookie: rep })).statusCode).toBe(403);
    expect((await t.request('GET', `/api/customer-fields/${otherOrgFieldId}`, { cookie: admin })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/customer-fields/${otherOrgFieldId}`, { cookie: admin, body: { version: 1, labelZh: '改' } })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/customer-fields/${otherOrgFieldId}/deactivate`, { cookie: admin })).statusCode).toBe(404);
    const list = (await t.request('GET', '/api/customer-fields', { cookie: admin })).json().items.map((f: Field) => f.id);
    expect(list).not.toContain(otherOrgFieldId);
    expect((await t.request('GET', '/api/customer-fields')).statusCode).toBe(401);
  });

  it('writes every change to the audit log', async () => {
    const entries = (await t.request('GET', '/api/audit?limit=200', { cookie: admin })).json().items.filter((e: { targetId: string }) => e.targetId === beds.id);
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual(['customerField.create', 'customerField.update']);
    const update = entries.find((e: { action: string }) => e.action === 'customerField.update');
    expect(update).toMatchObject({ targetType: 'customerField', before: { labelEn: 'Test beds' }, after: { labelEn: 'Test bed count' } });
  });

  describe('on customers', () => {
    let customer: { id: string; version: number; custom: Record<string, unknown> };
    let depts: Field;
    let note: Field;

    beforeAll(async () => {
      depts = await createField({ key: 'test_depts', typeCode: 'county_hospital', labelZh: '测试科室', labelEn: 'Test departments', kind: 'multi', options: [{ value: 'er', zh: '急诊' }, { value: 'icu', zh: '重症' }] });
      note = await createField({ key: 'test_note', labelZh: '测试备注', labelEn: 'Test note', kind: 'text' });
      await createField({ key: 'test_founded', labelZh: '测试成立日期', labelEn: 'Test founded', kind: 'date' });
    });

    it('checks values against the fields of the customer type, naming the field by its label', async () => {
      const res = await t.request('POST', '/api/customers', {
        cookie: rep,
        body: { name: '测试自定义医院甲', typeCode: 'county_hospital', custom: { [grade.key]: 'g9', test_depts: ['er', 'er'], test_founded: '2026-02-30', nope: 1 } },
      });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual({
        'custom.test_beds': '测试床位数：必填',
        [`custom.${grade.key}`]: '测试等级：只能是以下选项之一：一级（g1）、二级（g2）、三级（o1）',
        'custom.test_depts': '测试科室：同一选项不能重复',
        'custom.test_founded': '测试成立日期：日期不存在',
        'custom.nope': 'nope：不是本企业的自定义字段',
      });
      expect(res.json().fields.find((f: { field: string }) => f.field === 'custom.test_beds').message_en).toBe('Test bed count: is required');
    });

    it('stores values in their stored form and records each in the history', async () => {
      const res = await t.request('POST', '/api/customers', {
        cookie: rep,
        body: { name: '测试自定义医院甲', typeCode: 'county_hospital', custom: { test_beds: '120', [grade.key]: 'g2', test_depts: ['icu'], test_founded: '1958/3/5', test_note: ' 院长姓王 ' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      customer = res.json();
      expect(customer.custom).toEqual({ test_beds: 120, [grade.key]: 'g2', test_depts: ['icu'], test_founded: '1958-03-05', test_note: '院长姓王' });
      const history = (await t.request('GET', `/api/customers/${customer.id}/history`, { cookie: rep })).json().items;
      expect(history[0].changes).toEqual(expect.arrayContaining([{ field: 'custom.test_beds', before: null, after: 120 }, { field: `custom.${grade.key}`, before: null, after: 'g2' }]));
    });

    it('refuses a value for a field of another type', async () => {
      const res = await t.request('POST', '/api/customers', { cookie: rep, body: { name: '测试自定义卫生室', typeCode: 'village_clinic', custom: { test_beds: 5 } } });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)['custom.test_beds']).toMatch(/^测试床位数：属于其他客户类型/);
    });

    it('changes values key by key; null clears one; each change is in the history', async () => {
      const res = await t.request('PATCH', `/api/customers/${customer.id}`, { cookie: rep, body: { version: customer.version, custom: { test_beds: 150, test_note: null } } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().custom).toEqual({ test_beds: 150, [grade.key]: 'g2', test_depts: ['icu'], test_founded: '1958-03-05' });
      customer = res.json();
      const [latest] = (await t.request('GET', `/api/customers/${customer.id}/history`, { cookie: rep })).json().items;
      expect(latest).toMatchObject({ action: 'update', changes: [{ field: 'custom.test_note', before: '院长姓王', after: null }, { field: 'custom.test_beds', before: 120, after: 150 }] });
      const other = await t.request('PATCH', `/api/customers/${customer.id}`, { cookie: rep, body: { version: customer.version, preferences: '只改喜好' } });
      expect(other.json().custom).toEqual(customer.custom);
      customer = other.json();
    });

    it('refuses a change of type until the values that no longer apply are cleared in the same change', async () => {
      const refused = await t.request('PATCH', `/api/customers/${customer.id}`, { cookie: rep, body: { version: customer.version, typeCode: 'county_tcm_hospital' } });
      expect(refused.statusCode).toBe(400);
      expect(Object.keys(fieldsOf(refused)).sort()).toEqual(['custom.test_beds', 'custom.test_depts', `custom.${grade.key}`].sort());
      expect(fieldsOf(refused)['custom.test_depts']).toContain('更改客户类型时请同时清除此值');
      const cleared = await t.request('PATCH', `/api/customers/${customer.id}`, {
        cookie: rep,
        body: { version: customer.version, typeCode: 'county_tcm_hospital', custom: { test_beds: null, [grade.key]: null, test_depts: null } },
      });
      expect(cleared.statusCode, cleared.body).toBe(200);
      expect(cleared.json()).toMatchObject({ typeCode: 'county_tcm_hospital', custom: { test_founded: '1958-03-05' } });
      const back = await t.request('PATCH', `/api/customers/${customer.id}`, {
        cookie: rep,
        body: { version: cleared.json().version, typeCode: 'county_hospital', custom: { test_beds: 150, [grade.key]: 'g2', test_depts: ['icu', 'er'] } },
      });
      expect(back.statusCode, back.body).toBe(200);
      customer = back.json();
    });

    it('keeps an option in use; it can be relabelled, and unused ones removed', async () => {
      const removeUsed = await t.request('PATCH', `/api/customer-fields/${grade.id}`, { cookie: admin, body: { version: grade.version, options: [grade.options[0], grade.options[2]] } });
      expect(removeUsed.statusCode).toBe(409);
      expect(removeUsed.json()).toMatchObject({ code: 'CUSTOM_FIELD_OPTION_IN_USE', fields: [{ field: 'options', message: '选项：选项“二级”已有 1 个客户在用，不能删除；可以改名' }], inUse: [{ value: 'g2', customers: 1 }] });
      const relabel = await t.request('PATCH', `/api/customer-fields/${grade.id}`, {
        cookie: admin,
        body: { version: grade.version, options: [grade.options[0], { value: 'g2', zh: '二级甲等', en: 'Grade 2A' }, { zh: '未定级' }] },
      });
      expect(relabel.statusCode, relabel.body).toBe(200);
      expect(relabel.json().options).toEqual([{ value: 'g1', zh: '一级', en: 'Grade 1' }, { value: 'g2', zh: '二级甲等', en: 'Grade 2A' }, { value: 'o1', zh: '未定级', en: '未定级' }]);
      grade = relabel.json();
      const usedMulti = await t.request('PATCH', `/api/customer-fields/${depts.id}`, { cookie: admin, body: { version: depts.version, options: [{ value: 'icu', zh: '重症' }] } });
      expect(usedMulti.json()).toMatchObject({ code: 'CUSTOM_FIELD_OPTION_IN_USE', inUse: [{ value: 'er', customers: 1 }] });
    });

    it('finds customers by custom values with cf.<key>, in scope only', async () => {
      const ids = async (cookie: string, query: string) => {
        const res = await t.request('GET', `/api/customers?limit=200&${query}`, { cookie });
        expect(res.statusCode, res.body).toBe(200);
        return res.json().items.map((c: { id: string }) => c.id);
      };
      expect(await ids(rep, `cf.${grade.key}=g2`)).toEqual([customer.id]);
      expect(await ids(rep, `cf.${grade.key}=g1`)).toEqual([]);
      expect(await ids(rep, 'cf.test_depts=er')).toEqual([customer.id]);
      expect(await ids(rep, 'cf.test_depts=er&cf.test_depts=icu')).toEqual([customer.id]);
      expect(await ids(rep, 'cf.test_beds=150&cf.test_founded=1958-03-05')).toEqual([customer.id]);
      expect(await ids(rep, 'cf.test_beds=151')).toEqual([]);
      expect(await ids(otherRep, `cf.${grade.key}=g2`)).toEqual([]);
      const bad = await t.request('GET', `/api/customers?cf.nope=1&cf.${grade.key}=g9&cf.test_beds=many`, { cookie: rep });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual({
        'cf.nope': 'nope：不是本企业的自定义字段',
        [`cf.${grade.key}`]: expect.stringMatching(/^测试等级：只能是以下选项之一/),
        'cf.test_beds': '测试床位数：应为数字',
      });
    });

    it('a deactivated field keeps its values, takes no new one, and is listed as inactive', async () => {
      const off = await t.request('POST', `/api/customer-fields/${note.id}/deactivate`, { cookie: admin });
      expect(off.json()).toMatchObject({ active: false });
      const withNote = await t.request('POST', '/api/customers', { cookie: rep, body: { name: '测试自定义诊所', typeCode: 'private_clinic', custom: { test_note: '新值' } } });
      expect(fieldsOf(withNote)).toEqual({ 'custom.test_note': '测试备注：该字段已停用，不能填写新值' });
      await t.request('POST', `/api/customer-fields/${note.id}/activate`, { cookie: admin });
      const made = await t.request('POST', '/api/customers', { cookie: rep, body: { name: '测试自定义诊所', typeCode: 'private_clinic', custom: { test_note: '停用前填的' } } });
      expect(made.statusCode, made.body).toBe(201);
      await t.request('POST', `/api/customer-fields/${note.id}/deactivate`, { cookie: admin });
      const edited = await t.request('PATCH', `/api/customers/${made.json().id}`, { cookie: rep, body: { version: 1, preferences: '停用后修改' } });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json().custom).toEqual({ test_note: '停用前填的' });
      const listed = (await t.request('GET', '/api/customer-fields?typeCode=private_clinic', { cookie: rep })).json().items.find((f: Field) => f.id === note.id);
      expect(listed).toMatchObject({ active: false });
      const activeOnly = (await t.request('GET', '/api/customer-fields?active=true', { cookie: rep })).json().items.map((f: Field) => f.id);
      expect(activeOnly).not.toContain(note.id);
      const audit = (await t.request('GET', '/api/audit?action=customerField.deactivate', { cookie: admin })).json().items;
      expect(audit[0]).toMatchObject({ targetId: note.id, before: { active: true }, after: { active: false } });
    });

    it('narrows a field to one type only when no customer of another type holds a value', async () => {
      const narrow = await t.request('PATCH', `/api/customer-fields/${note.id}`, { cookie: admin, body: { version: (await t.request('GET', `/api/customer-fields/${note.id}`, { cookie: admin })).json().version, typeCode: 'county_hospital' } });
      expect(narrow.statusCode).toBe(409);
      expect(narrow.json()).toMatchObject({ code: 'CUSTOM_FIELD_TYPE_IN_USE', fields: [{ field: 'typeCode', message: '客户类型：已有 1 个其他类型的客户填写了此字段' }] });
    });
  });
});
