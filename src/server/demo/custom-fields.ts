import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CustomFieldKind, CustomFieldOption } from '../../domain/customers/custom-fields';
import type { Db } from '../db/client';
import { customerFields, customers } from '../db/schema';
import { Rng } from './customers/random';

interface DemoField {
  key: string;
  typeCode: string;
  labelZh: string;
  labelEn: string;
  kind: CustomFieldKind;
  options?: CustomFieldOption[];
}

/** A few fields an administrator of a pharma sales company would add (none required, so every demo edit still saves). */
const DEMO_FIELDS: DemoField[] = [
  { key: 'beds', typeCode: 'county_hospital', labelZh: '床位数', labelEn: 'Beds', kind: 'number' },
  {
    key: 'hospital_grade',
    typeCode: 'county_hospital',
    labelZh: '医院等级',
    labelEn: 'Hospital grade',
    kind: 'single',
    options: [
      { value: 'grade_1', zh: '一级', en: 'Grade 1' },
      { value: 'grade_2', zh: '二级', en: 'Grade 2' },
      { value: 'grade_3', zh: '三级', en: 'Grade 3' },
    ],
  },
  {
    key: 'insurance_point',
    typeCode: 'village_clinic',
    labelZh: '是否医保定点',
    labelEn: 'Medical-insurance designated',
    kind: 'single',
    options: [
      { value: 'yes', zh: '是', en: 'Yes' },
      { value: 'no', zh: '否', en: 'No' },
    ],
  },
];

/** Values for a demo customer, the same on every run: county hospitals get beds and a grade, most village clinics an answer. */
function demoValues(typeCode: string, name: string): Record<string, unknown> | null {
  const rng = new Rng(`custom:${name}`);
  if (typeCode === 'county_hospital') {
    const beds = rng.int(15, 80) * 10;
    return { beds, hospital_grade: beds >= 600 ? 'grade_3' : beds >= 200 ? 'grade_2' : 'grade_1' };
  }
  if (typeCode === 'village_clinic' && rng.chance(0.8)) return { insurance_point: rng.chance(0.75) ? 'yes' : 'no' };
  return null;
}

/** Adds the demo custom fields and fills them on the demo customers, inside seedDemo's transaction. */
export async function seedDemoCustomFields(db: Db, orgId: string): Promise<void> {
  await db.insert(customerFields).values(DEMO_FIELDS.map((f, i) => ({ orgId, ...f, options: f.options ?? [], sort: i })));
  const rows = await db
    .select({ id: customers.id, name: customers.name, typeCode: customers.typeCode })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.typeCode, [...new Set(DEMO_FIELDS.map((f) => f.typeCode))])));
  const values = rows.flatMap((r) => {
    const custom = demoValues(r.typeCode, r.name);
    return custom ? [{ id: r.id, custom }] : [];
  });
  if (!values.length) return;
  await db.execute(sql`
    update ${customers} set custom = v.custom
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, custom jsonb)
    where ${customers.orgId} = ${orgId} and ${customers.id} = v.id`);
}
