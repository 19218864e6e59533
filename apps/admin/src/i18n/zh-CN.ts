import { accountMessages } from '../account/account-messages';
import { auditMessages } from '../audit/audit-messages';
import { authMessages } from '../auth/auth-messages';
import { dashboardMessages } from '../dashboard/dashboard-messages';
import { evaluationMessages } from '../evaluation/evaluation-messages';
import { open311Messages } from '../open311/open311-messages';
import { partyMessages } from '../party/party-messages';
import { pluginsMessages } from '../plugins/plugins-messages';
import { serviceRequestsMessages } from '../service-requests/service-requests-messages';
import { tenantsMessages } from '../tenants/tenants-messages';
import { usersMessages } from '../users/users-messages';
import { villagesMessages } from '../villages/villages-messages';

/**
 * The zh-CN message catalog: the default language and the source of the catalog's shape.
 * Every other catalog is typed from this one, so a key added here must be translated everywhere.
 * Templates use `{{ name }}` placeholders.
 */
export const zhCN = {
  app: {
    name: '村社',
    tagline: '村落社区党建与服务平台',
    skipToContent: '跳到主要内容',
  },
  header: {
    switchLanguage: 'English',
    openMenu: '菜单',
  },
  nav: {
    label: '主导航',
    home: '首页',
    villages: '村庄',
    users: '用户',
    tenants: '县（区）',
    audit: '操作日志',
  },
  home: {
    heading: '村社 · 村落社区党建与服务平台',
    intro: '县、乡镇、村三级共用的村落社区党建与服务管理平台。',
    healthHeading: '系统状态',
    loading: '正在检查系统状态…',
    status: '服务状态',
    statusOk: '运行正常',
    statusDegraded: '异常',
    database: '数据库',
    databasePglite: '内置 PGlite',
    databasePostgres: 'PostgreSQL',
    migrations: '数据库迁移',
    migrationsValue: '已执行 {{ applied }} / 共 {{ expected }}',
    version: '版本',
  },
  villages: villagesMessages['zh-CN'],
  serviceRequests: serviceRequestsMessages['zh-CN'],
  auth: authMessages['zh-CN'],
  account: accountMessages['zh-CN'],
  users: usersMessages['zh-CN'],
  tenants: tenantsMessages['zh-CN'],
  audit: auditMessages['zh-CN'],
  party: partyMessages['zh-CN'],
  plugins: pluginsMessages['zh-CN'],
  evaluation: evaluationMessages['zh-CN'],
  open311: open311Messages['zh-CN'],
  dashboard: dashboardMessages['zh-CN'],
  notFound: {
    heading: '页面不存在',
    hint: '您访问的地址不存在或已被移动。',
    backHome: '返回首页',
  },
  states: {
    loading: '加载中…',
    errorTitle: '出错了',
    errorHint: '暂时无法连接服务器，请稍后重试。',
    errorStatus: '请求失败（HTTP {{ status }}）',
    retry: '重试',
  },
  table: {
    search: '搜索',
    searchPlaceholder: '输入关键词搜索',
    filterAll: '全部',
    selectAll: '选择本页全部行',
    selectRow: '选择此行',
    selectRowNamed: '选择“{{ name }}”',
    selectedCount: '已选择 {{ count }} 项',
    clearSelection: '取消选择',
    emptyTitle: '没有数据',
    emptyHint: '没有符合条件的记录，请调整搜索或筛选条件。',
    total: '共 {{ total }} 条',
    pageSize: '每页条数',
    pageSizeOption: '{{ size }} 条/页',
    pagination: '分页',
    previous: '上一页',
    next: '下一页',
  },
  form: {
    selectPlaceholder: '请选择',
  },
  toast: {
    close: '关闭',
  },
  dialog: {
    close: '关闭',
  },
  confirm: {
    cancel: '取消',
    confirm: '确定',
  },
};

/** The shape every catalog has; derived from zh-CN so a missing key fails typecheck. */
export type Messages = typeof zhCN;
