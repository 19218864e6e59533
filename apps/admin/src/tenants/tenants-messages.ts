const zhCN = {
  heading: '县（区）租户',
  intro: '按全国行政区划代码接入县（区）：选择省、市、县，或输入县级代码（含旧代码，如 361029）。',
  caption: '已接入的县（区）',
  search: '搜索县（区）',
  searchPlaceholder: '名称或代码',
  emptyTitle: '还没有接入任何县（区）',
  emptyHint: '在上方选择一个县（区）并接入。',
  column: { code: '代码', name: '名称', formerCodes: '曾用代码', status: '状态', actions: '操作' },
  status: { active: '正常', disabled: '已停用' },
  onboard: {
    heading: '接入县（区）',
    province: '省级',
    city: '地级',
    county: '县级',
    code: '或输入县级代码',
    codePlaceholder: '6 位代码，如 361003',
    submit: '接入',
    working: '正在导入乡镇和村…',
    created: '已接入 {{ name }}（{{ code }}）：{{ townships }} 个乡镇，{{ villages }} 个村',
    updated: '{{ name }} 已更新：新增 {{ added }} 个村，更名 {{ renamed }} 个，撤销 {{ retired }} 个',
    unchanged: '{{ name }} 已是最新，没有变化',
  },
  disable: '停用',
  enable: '启用',
  confirmDisable: '停用 {{ name }}？',
  confirmDisableHint: '该县所有用户将无法登录；数据全部保留，可随时重新启用。',
  disabled: '已停用 {{ name }}',
  enabled: '已启用 {{ name }}',
  problems: {
    notSixDigits: '“{{ code }}”不是县级代码：GB/T 2260 县级代码为 6 位数字。',
    unknownCode: '没有代码为 {{ code }} 的县（区）。',
    notACounty: '{{ code }} 是{{ name }}的{{ level }}代码，不是县级：一个租户就是一个县级行政区。',
    levelProvince: '省级',
    levelCity: '地级',
    formerAmbiguous:
      '{{ code }} 是{{ name }}的旧代码（GB/T 2260，最后见于 {{ revision }}），不对应唯一的现行县（区）。',
    formerRetired:
      '{{ code }} 是{{ name }}的旧代码（GB/T 2260，最后见于 {{ revision }}），没有现行县（区）承继。',
    sameName: '同名的县（区）：{{ counties }}。',
    closestByCode: '代码相近的县（区）：{{ counties }}。',
    includes: '其下的县（区）有：{{ counties }}。',
    chooseOne: '请从中选择：{{ counties }}。',
  },
};

const en: typeof zhCN = {
  heading: 'Counties (tenants)',
  intro:
    'Onboard a county from the national division codes: pick province, city and county, or type a county code (former codes such as 361029 work too).',
  caption: 'Onboarded counties',
  search: 'Search counties',
  searchPlaceholder: 'Name or code',
  emptyTitle: 'No county onboarded yet',
  emptyHint: 'Pick a county above and onboard it.',
  column: { code: 'Code', name: 'Name', formerCodes: 'Former codes', status: 'Status', actions: 'Actions' },
  status: { active: 'Active', disabled: 'Disabled' },
  onboard: {
    heading: 'Onboard a county',
    province: 'Province',
    city: 'City',
    county: 'County',
    code: 'Or type a county code',
    codePlaceholder: '6 digits, e.g. 361003',
    submit: 'Onboard',
    working: 'Importing townships and villages…',
    created: 'Onboarded {{ name }} ({{ code }}): {{ townships }} townships, {{ villages }} villages',
    updated: '{{ name }} updated: {{ added }} villages added, {{ renamed }} renamed, {{ retired }} retired',
    unchanged: '{{ name }} is up to date; nothing changed',
  },
  disable: 'Disable',
  enable: 'Enable',
  confirmDisable: 'Disable {{ name }}?',
  confirmDisableHint:
    "None of the county's users can sign in; all its data is kept and it can be enabled again.",
  disabled: '{{ name }} disabled',
  enabled: '{{ name }} enabled',
  problems: {
    notSixDigits: '"{{ code }}" is not a county code: a GB/T 2260 county code is 6 digits.',
    unknownCode: 'No county has the code {{ code }}.',
    notACounty:
      '{{ code }} is the {{ level }} code of {{ name }}, not a county: a tenant is one county-level division.',
    levelProvince: 'province-level',
    levelCity: 'city-level',
    formerAmbiguous:
      '{{ code }} is the former code of {{ name }} (GB/T 2260, last listed in {{ revision }}), which matches no single current county.',
    formerRetired:
      '{{ code }} is the former code of {{ name }} (GB/T 2260, last listed in {{ revision }}); no current county carries it on.',
    sameName: ' Counties with that name: {{ counties }}.',
    closestByCode: ' Closest counties by code: {{ counties }}.',
    includes: ' Its counties include {{ counties }}.',
    chooseOne: ' Choose one of: {{ counties }}.',
  },
};

/** Messages of the platform operator's county pages. */
export const tenantsMessages = { 'zh-CN': zhCN, en };
