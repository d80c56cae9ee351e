export const reassignText = {
  selectPage: { zh: '全选本页', en: 'Select all shown' },
  selected: { zh: '已选 {n} 个', en: '{n} selected' },
  noneSelected: { zh: '勾选客户后可批量分配', en: 'Tick customers to reassign them together' },
  assignTo: { zh: '分配给…', en: 'Assign to…' },
  assign: { zh: '分配', en: 'Assign' },
  toPool: { zh: '放回待分配', en: 'Back to the pool' },
  clear: { zh: '取消选择', en: 'Clear' },
  mixedOffices: {
    zh: '所选客户分属多个办事处，只能放回待分配；要分配给某人，请先按办事处筛选',
    en: 'The selected customers belong to several offices and can only go back to the pool; filter by office to assign them',
  },
  assigned: { zh: '已分配 {n} 个客户给 {name}', en: '{n} customers assigned to {name}' },
  pooled: { zh: '已放回待分配 {n} 个客户', en: '{n} customers put back in the pool' },
  unchanged: { zh: '（另有 {n} 个原本就是如此，未改动）', en: ' ({n} were already so and stay unchanged)' },
} as const;
