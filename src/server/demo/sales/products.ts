/** The demo catalogue: 15 products in 5 categories, with list price, cost and 客情费 standard per unit (fen). */
export interface DemoProduct {
  code: string;
  name: string;
  spec: string;
  category: string;
  unit: string;
  listPriceFen: number;
  costFen: number;
  expenseStandardFen: number;
  /** How much of a typical customer's buying goes to this product. */
  weight: number;
  /** 'winter' sells more from November to February, 'summer' from June to August. */
  season?: 'winter' | 'summer';
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { code: 'GM-001', name: '复方氨酚烷胺片', spec: '12片/盒', category: '感冒药', unit: '盒', listPriceFen: 1250, costFen: 720, expenseStandardFen: 50, weight: 8, season: 'winter' },
  { code: 'GM-002', name: '感冒灵颗粒', spec: '10g×9袋', category: '感冒药', unit: '盒', listPriceFen: 1580, costFen: 890, expenseStandardFen: 60, weight: 9, season: 'winter' },
  { code: 'GM-003', name: '板蓝根颗粒', spec: '10g×20袋', category: '感冒药', unit: '包', listPriceFen: 1800, costFen: 1050, expenseStandardFen: 60, weight: 7, season: 'winter' },
  { code: 'KJ-001', name: '阿莫西林胶囊', spec: '0.25g×24粒', category: '抗生素', unit: '盒', listPriceFen: 980, costFen: 560, expenseStandardFen: 40, weight: 9 },
  { code: 'KJ-002', name: '头孢克肟分散片', spec: '0.1g×6片', category: '抗生素', unit: '盒', listPriceFen: 2650, costFen: 1480, expenseStandardFen: 120, weight: 6 },
  { code: 'KJ-003', name: '左氧氟沙星注射液', spec: '100ml:0.5g', category: '抗生素', unit: '瓶', listPriceFen: 1520, costFen: 930, expenseStandardFen: 80, weight: 5 },
  { code: 'XN-001', name: '阿托伐他汀钙片', spec: '20mg×7片', category: '心脑血管', unit: '盒', listPriceFen: 3280, costFen: 1650, expenseStandardFen: 200, weight: 6 },
  { code: 'XN-002', name: '硝苯地平控释片', spec: '30mg×7片', category: '心脑血管', unit: '盒', listPriceFen: 2860, costFen: 1520, expenseStandardFen: 160, weight: 6 },
  { code: 'XN-003', name: '复方丹参滴丸', spec: '27mg×180丸', category: '心脑血管', unit: '瓶', listPriceFen: 2450, costFen: 1380, expenseStandardFen: 120, weight: 5 },
  { code: 'XH-001', name: '奥美拉唑肠溶胶囊', spec: '20mg×14粒', category: '消化系统', unit: '盒', listPriceFen: 1680, costFen: 860, expenseStandardFen: 80, weight: 6 },
  { code: 'XH-002', name: '蒙脱石散', spec: '3g×10袋', category: '消化系统', unit: '盒', listPriceFen: 1350, costFen: 720, expenseStandardFen: 50, weight: 5, season: 'summer' },
  { code: 'XH-003', name: '藿香正气水', spec: '10ml×10支', category: '消化系统', unit: '盒', listPriceFen: 1120, costFen: 610, expenseStandardFen: 40, weight: 5, season: 'summer' },
  { code: 'YY-001', name: '维生素C片', spec: '100mg×100片', category: '营养保健', unit: '瓶', listPriceFen: 650, costFen: 320, expenseStandardFen: 20, weight: 4 },
  { code: 'YY-002', name: '葡萄糖酸钙口服溶液', spec: '10ml×12支', category: '营养保健', unit: '盒', listPriceFen: 2280, costFen: 1160, expenseStandardFen: 100, weight: 3 },
  { code: 'YY-003', name: '复合维生素B片', spec: '100片', category: '营养保健', unit: '瓶', listPriceFen: 480, costFen: 230, expenseStandardFen: 15, weight: 3 },
];
