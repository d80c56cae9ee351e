import type { Role } from '../../domain/identity/roles';

/** The demo organisation: a pharmaceutical company with a sales department and three offices. */
export const DEMO_ORG = { code: 'huakang', name: '华康制药有限公司' };
export const DEMO_PASSWORD = 'keqing2026';

export const DEMO_OFFICES = [
  { key: 'zz', name: '郑州办事处', regionCode: '410100', address: '河南省郑州市金水区花园路 88 号' },
  { key: 'ny', name: '南阳办事处', regionCode: '411300', address: '河南省南阳市卧龙区人民路 126 号' },
  { key: 'xy', name: '襄阳办事处', regionCode: '420600', address: '湖北省襄阳市樊城区长虹路 35 号' },
] as const;

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  office?: (typeof DEMO_OFFICES)[number]['key'];
  phone: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '陈静', role: 'admin', phone: '13800000001' },
  { username: 'zhaogang', displayName: '赵刚', role: 'sales_manager', phone: '13800000002' },
  { username: 'liuyan', displayName: '刘燕', role: 'clerk', phone: '13800000003' },
  { username: 'sunli', displayName: '孙丽', role: 'finance', phone: '13800000004' },
  { username: 'zhouqiang', displayName: '周强', role: 'office_manager', office: 'zz', phone: '13937100001' },
  { username: 'zhangwei', displayName: '张伟', role: 'rep', office: 'zz', phone: '13937100002' },
  { username: 'lina', displayName: '李娜', role: 'rep', office: 'zz', phone: '13937100003' },
  { username: 'wangfang', displayName: '王芳', role: 'rep', office: 'zz', phone: '13937100004' },
  { username: 'liuyang', displayName: '刘洋', role: 'rep', office: 'zz', phone: '13937100005' },
  { username: 'wujun', displayName: '吴军', role: 'office_manager', office: 'ny', phone: '13937700001' },
  { username: 'chenjie', displayName: '陈杰', role: 'rep', office: 'ny', phone: '13937700002' },
  { username: 'yangmin', displayName: '杨敏', role: 'rep', office: 'ny', phone: '13937700003' },
  { username: 'huanglei', displayName: '黄磊', role: 'rep', office: 'ny', phone: '13937700004' },
  { username: 'zhouting', displayName: '周婷', role: 'rep', office: 'ny', phone: '13937700005' },
  { username: 'zhengtao', displayName: '郑涛', role: 'office_manager', office: 'xy', phone: '13971000001' },
  { username: 'xuhao', displayName: '徐浩', role: 'rep', office: 'xy', phone: '13971000002' },
  { username: 'sunjing', displayName: '孙静', role: 'rep', office: 'xy', phone: '13971000003' },
  { username: 'mapeng', displayName: '马鹏', role: 'rep', office: 'xy', phone: '13971000004' },
  { username: 'zhuli', displayName: '朱丽', role: 'rep', office: 'xy', phone: '13971000005' },
];
