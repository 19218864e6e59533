const zhCN = {
  login: {
    title: '登录村社',
    intro: '县、乡镇、村工作人员使用管理员分配的账号登录。',
    username: '用户名或手机号',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    usernameRequired: '请输入用户名或手机号',
    passwordRequired: '请输入密码',
    wrongCredentials: '用户名或密码错误，请重新输入。',
    throttled: '登录尝试次数过多，请在 {{ seconds }} 秒后重试。',
    throttledNoTime: '登录尝试次数过多，请稍后重试。',
    failed: '登录失败',
    forgot: '忘记密码请联系本县管理员重置。',
  },
  role: {
    'platform-operator': '平台运营人员',
    'county-admin': '县级管理员',
    'township-admin': '乡镇管理员',
    'village-admin': '村级管理员',
    'station-staff': '站点工作人员',
    viewer: '只读用户',
  },
  userMenu: {
    label: '账号菜单：{{ name }}',
    myAccount: '我的账号',
    logout: '退出登录',
    logoutFailed: '退出登录失败',
  },
  noAccess: {
    title: '没有访问权限',
    hint: '您的角色不能查看此页面。如需开通，请联系本县管理员。',
  },
};

/** Messages of signing in and out, roles and the user menu: zh-CN first, en beside. */
export const authMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    login: {
      title: 'Sign in to Cunshe',
      intro: 'County, township and village staff sign in with the account their administrator gave them.',
      username: 'Username or mobile number',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      usernameRequired: 'Enter your username or mobile number',
      passwordRequired: 'Enter your password',
      wrongCredentials: 'Wrong username or password. Please try again.',
      throttled: 'Too many sign-in attempts. Try again in {{ seconds }} seconds.',
      throttledNoTime: 'Too many sign-in attempts. Try again later.',
      failed: 'Sign-in failed',
      forgot: 'Forgot your password? Ask your county administrator to reset it.',
    },
    role: {
      'platform-operator': 'Platform operator',
      'county-admin': 'County admin',
      'township-admin': 'Township admin',
      'village-admin': 'Village admin',
      'station-staff': 'Station staff',
      viewer: 'Viewer',
    },
    userMenu: {
      label: 'Account menu: {{ name }}',
      myAccount: 'My account',
      logout: 'Sign out',
      logoutFailed: 'Could not sign out',
    },
    noAccess: {
      title: 'No access',
      hint: 'Your role cannot open this page. Ask your county administrator if you need it.',
    },
  },
};
