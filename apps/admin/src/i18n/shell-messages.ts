import { authMessages } from '../auth/auth-messages';

/**
 * The messages of the app's frame and of the pages outside sign-in (login): every catalog starts with them
 * (zh-CN.ts, en.ts spread them in), and they are all the first page loads. The feature catalogs come with
 * the signed-in pages (`loadAllMessages` in i18n.tsx), so the login page loads none of them.
 */
export const shellMessages = {
  'zh-CN': {
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
    auth: authMessages['zh-CN'],
  },
  en: {
    app: {
      name: 'Cunshe',
      tagline: 'Village community party building and services',
      skipToContent: 'Skip to main content',
    },
    header: {
      switchLanguage: '中文',
      openMenu: 'Menu',
    },
    nav: {
      label: 'Main navigation',
      home: 'Home',
      villages: 'Villages',
      users: 'Users',
      tenants: 'Counties',
      audit: 'Audit log',
    },
    home: {
      heading: 'Cunshe · Village community party building and services',
      intro: 'One platform for counties, townships and villages to run village communities.',
      healthHeading: 'System status',
      loading: 'Checking system status…',
      status: 'Service',
      statusOk: 'Operational',
      statusDegraded: 'Degraded',
      database: 'Database',
      databasePglite: 'Embedded PGlite',
      databasePostgres: 'PostgreSQL',
      migrations: 'Migrations',
      migrationsValue: '{{ applied }} of {{ expected }} applied',
      version: 'Version',
    },
    notFound: {
      heading: 'Page not found',
      hint: 'The address you opened does not exist or has moved.',
      backHome: 'Back to home',
    },
    states: {
      loading: 'Loading…',
      errorTitle: 'Something went wrong',
      errorHint: 'The server cannot be reached right now. Please try again later.',
      errorStatus: 'Request failed (HTTP {{ status }})',
      retry: 'Retry',
    },
    table: {
      search: 'Search',
      searchPlaceholder: 'Search by keyword',
      filterAll: 'All',
      selectAll: 'Select all rows on this page',
      selectRow: 'Select row',
      selectRowNamed: 'Select “{{ name }}”',
      selectedCount: '{{ count }} selected',
      clearSelection: 'Clear selection',
      emptyTitle: 'No data',
      emptyHint: 'No records match. Try another search or filter.',
      total: '{{ total }} in total',
      pageSize: 'Rows per page',
      pageSizeOption: '{{ size }} per page',
      pagination: 'Pagination',
      previous: 'Previous page',
      next: 'Next page',
    },
    form: {
      selectPlaceholder: 'Select…',
    },
    toast: {
      close: 'Close',
    },
    dialog: {
      close: 'Close',
    },
    confirm: {
      cancel: 'Cancel',
      confirm: 'Confirm',
    },
    auth: authMessages.en,
  },
};
