/** The words every import wizard shares: its steps, the upload, the mapping, the run and the problem list. */
export const importWizardText = {
  stepUpload: { zh: '上传文件', en: 'Upload' },
  stepMap: { zh: '对应列', en: 'Map columns' },
  stepCheck: { zh: '检查', en: 'Check' },
  stepImport: { zh: '导入', en: 'Import' },

  dropTitle: { zh: '点击或把文件拖到这里上传', en: 'Click, or drop a file here' },
  dropHint: {
    zh: '支持 .xlsx 和 .csv（UTF-8 或 Excel 默认的 GBK 编码），最大 30 MB；第一行应为列名',
    en: '.xlsx or .csv (UTF-8, or GBK as Excel saves it), up to 30 MB; the first row holds the column names',
  },
  template: { zh: '下载模板', en: 'Download the template' },
  templateHint: { zh: '不知道怎么填？下载模板，按“填写说明”一页填写。', en: 'Not sure what to fill in? Download the template and follow its instructions sheet.' },
  uploading: { zh: '正在上传 {name}…', en: 'Uploading {name}…' },

  fileLine: { zh: '{name}：{rows} 行数据', en: '{name}: {rows} data rows' },
  column: { zh: '文件中的列', en: 'Column in the file' },
  sample: { zh: '示例', en: 'Sample' },
  field: { zh: '对应字段', en: 'Field' },
  ignore: { zh: '不导入', en: 'Skip' },
  required: { zh: '必填', en: 'required' },
  chooseAgain: { zh: '重新上传', en: 'Upload another file' },
  startCheck: { zh: '开始检查', en: 'Check the rows' },

  checking: { zh: '正在检查第 {n} / {total} 行…', en: 'Checking row {n} of {total}…' },
  importingCheck: { zh: '导入前再次检查：第 {n} / {total} 行…', en: 'Checking again before writing: row {n} of {total}…' },
  problemsFound: { zh: '{rows} 行有问题（共 {count} 个问题），修改文件后重新上传再检查', en: '{rows} rows have problems ({count} in all); fix the file, upload it again and check again' },
  noProblems: { zh: '检查通过，没有发现问题', en: 'All rows passed the check' },
  backToMapping: { zh: '返回修改对应', en: 'Back to the mapping' },
  imported: { zh: '导入完成', en: 'Imported' },
  importAnother: { zh: '再导入一个文件', en: 'Import another file' },

  problems: { zh: '问题清单', en: 'Problems' },
  row: { zh: '行', en: 'Row' },
  problem: { zh: '问题', en: 'Problem' },
  download: { zh: '下载问题清单', en: 'Download the problems' },
  firstShown: { zh: '这里显示前 {n} 个问题，全部问题请下载问题清单', en: 'The first {n} problems are shown; download the list for all of them' },
  rowColumn: { zh: '第 {row} 行 · {column}', en: 'Row {row} · {column}' },
} as const;
