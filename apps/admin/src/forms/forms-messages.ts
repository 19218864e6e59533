const zhCN = {
  yes: '是',
  no: '否',
  addEntry: '添加一项',
  removeEntry: '删除此项',
  entry: '第 {{ index }} 项',
  noEntries: '还没有添加',
  chooseFile: '选择文件',
  removeFile: '移除 {{ name }}',
  fileHint: '{{ types }}，每个不超过 {{ size }}，最多 {{ count }} 个',
  fileTooLarge: '{{ name }} 超过 {{ size }}',
  fileWrongType: '{{ name }} 的类型不支持',
  tooManyFiles: '最多 {{ count }} 个文件',
  addressGroup: '村民小组',
  addressDetail: '门牌、街巷',
  required: '必填',
  empty: '未填写',
  download: '下载',
  masked: '（已隐藏）',
};

const en: typeof zhCN = {
  yes: 'Yes',
  no: 'No',
  addEntry: 'Add an entry',
  removeEntry: 'Remove this entry',
  entry: 'Entry {{ index }}',
  noEntries: 'No entries yet',
  chooseFile: 'Choose a file',
  removeFile: 'Remove {{ name }}',
  fileHint: '{{ types }}, each at most {{ size }}, up to {{ count }}',
  fileTooLarge: '{{ name }} is larger than {{ size }}',
  fileWrongType: '{{ name }} is not a type this form accepts',
  tooManyFiles: 'At most {{ count }} files',
  addressGroup: 'Villagers’ group',
  addressDetail: 'House number, lane',
  required: 'required',
  empty: 'Not answered',
  download: 'Download',
  masked: '(hidden)',
};

/** The form renderer's messages in both languages, nested under `serviceRequests.renderer`. */
export const formsMessages = { 'zh-CN': zhCN, en };
