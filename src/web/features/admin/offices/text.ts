export const officesText = {
  title: { zh: '办事处', en: 'Offices' },
  intro: {
    zh: '公司在各地的销售办事处。销售代表和办事处经理必须归属一个办事处；已停用的办事处不能再分配人员。',
    en: 'The sales offices of the company. Sales reps and office managers must belong to one; a closed office takes nobody new.',
  },
  introOwn: { zh: '您所在的办事处。', en: 'The office you belong to.' },
  create: { zh: '新建办事处', en: 'New office' },
  editTitle: { zh: '编辑办事处 · {name}', en: 'Edit office · {name}' },
  nameRequired: { zh: '请输入办事处名称', en: 'Enter the office name' },
  namePlaceholder: { zh: '例如 郑州办事处', en: 'e.g. 郑州办事处' },
  regionCodeHelp: { zh: '6 位行政区划代码，例如 410100（郑州市），可不填', en: 'Optional 6-digit administrative division code, e.g. 410100 (Zhengzhou)' },
  created: { zh: '已新建办事处「{name}」', en: 'Office “{name}” created' },
  close: { zh: '停用', en: 'Close' },
  reopen: { zh: '重新启用', en: 'Reopen' },
  closeConfirm: {
    title: { zh: '停用办事处「{name}」？', en: 'Close office “{name}”?' },
    body: {
      zh: '停用后不能再向该办事处分配人员，历史记录会保留。办事处仍有在职人员时无法停用，请先调整这些人员的办事处或停用其账号。',
      en: 'A closed office takes nobody new; its history stays. An office with active staff cannot be closed: move or disable them first.',
    },
    ok: { zh: '停用', en: 'Close' },
    done: { zh: '已停用办事处「{name}」', en: 'Office “{name}” closed' },
  },
  reopenConfirm: {
    title: { zh: '重新启用办事处「{name}」？', en: 'Reopen office “{name}”?' },
    body: { zh: '启用后可以再向该办事处分配人员。', en: 'People can be assigned to it again.' },
    ok: { zh: '重新启用', en: 'Reopen' },
    done: { zh: '已重新启用办事处「{name}」', en: 'Office “{name}” reopened' },
  },
} as const;
