export const usersText = {
  title: { zh: '人员', en: 'People' },
  introAdmin: {
    zh: '公司全部人员的账号。新建的人员首次登录时必须修改初始密码；停用后该人员无法登录，历史记录会保留。',
    en: "Everyone's account. New people must change their initial password at first sign-in; a disabled person cannot sign in, and their history stays.",
  },
  introOrg: { zh: '公司全部人员（只读，账号由系统管理员维护）。', en: 'Everyone in the company (read-only; the administrator maintains accounts).' },
  introOffice: { zh: '本办事处的人员（只读，账号由系统管理员维护）。', en: 'The people of your office (read-only; the administrator maintains accounts).' },
  introOwn: { zh: '您的账号信息（销售代表只能查看自己）。', en: 'Your own account (sales reps see only themselves).' },
  create: { zh: '新建人员', en: 'New user' },
  search: { zh: '搜索姓名、用户名或手机号', en: 'Search name, user name or mobile' },
  allRoles: { zh: '全部角色', en: 'All roles' },
  allOffices: { zh: '全部办事处', en: 'All offices' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  noMatch: { zh: '没有符合条件的人员', en: 'Nobody matches' },

  editTitle: { zh: '编辑人员 · {name}（{username}）', en: 'Edit · {name} ({username})' },
  usernameHelp: { zh: '登录时使用，创建后不能修改', en: 'Used to sign in; cannot be changed later' },
  usernameRequired: { zh: '请输入用户名', en: 'Enter a user name' },
  displayNameRequired: { zh: '请输入姓名', en: 'Enter the name' },
  roleRequired: { zh: '请选择角色', en: 'Choose a role' },
  officeRequired: { zh: '销售代表和办事处经理必须选择办事处', en: 'Sales reps and office managers need an office' },
  officeClosedSuffix: { zh: '（已停用）', en: ' (closed)' },
  initialPassword: { zh: '初始密码', en: 'Initial password' },
  confirmInitialPassword: { zh: '确认初始密码', en: 'Confirm initial password' },
  initialPasswordHelp: {
    zh: '请通过安全的方式告诉对方；对方首次登录时必须改成自己的密码。',
    en: 'Tell them safely; they must replace it with their own at first sign-in.',
  },
  created: { zh: '已新建人员「{name}」，首次登录时需修改初始密码', en: '“{name}” created; they must change the initial password at first sign-in' },

  deactivate: { zh: '停用', en: 'Disable' },
  activate: { zh: '启用', en: 'Enable' },
  deactivateConfirm: {
    title: { zh: '停用「{name}」的账号？', en: 'Disable the account of “{name}”?' },
    body: {
      zh: '停用后该人员无法再登录，已登录的所有设备会立即退出。其负责的客户转入所属办事处的待分配客户，由办事处经理重新分配；数据和历史记录都会保留，之后可以重新启用。',
      en: 'They can no longer sign in, and every device they are signed in on is signed out now. Their customers move to their office’s unassigned pool for the office manager to hand on. Their data and history stay; you can enable them again later.',
    },
    ok: { zh: '停用', en: 'Disable' },
    done: { zh: '已停用「{name}」，其登录已全部结束', en: '“{name}” disabled and signed out everywhere' },
  },
  activateConfirm: {
    title: { zh: '启用「{name}」的账号？', en: 'Enable the account of “{name}”?' },
    body: { zh: '启用后该人员可以用原来的密码重新登录。', en: 'They can sign in again with their existing password.' },
    ok: { zh: '启用', en: 'Enable' },
    done: { zh: '已启用「{name}」', en: '“{name}” enabled' },
  },

  resetPassword: { zh: '重置密码', en: 'Reset password' },
  resetTitle: { zh: '重置「{name}」的密码', en: 'Reset the password of “{name}”' },
  resetBody: {
    zh: '重置后，该人员在所有设备上的登录会立即结束；下次登录时必须把这个临时密码改成自己的密码。',
    en: 'They are signed out on every device at once, and must replace this temporary password with their own at next sign-in.',
  },
  tempPassword: { zh: '临时密码', en: 'Temporary password' },
  confirmTempPassword: { zh: '确认临时密码', en: 'Confirm temporary password' },
  resetDone: { zh: '已重置「{name}」的密码', en: 'Password of “{name}” reset' },
} as const;
