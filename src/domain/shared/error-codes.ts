import type { Bilingual } from './messages';

/** Stable error codes with the message a person reads. The server maps each code to an HTTP status. */
export const ERRORS = {
  VALIDATION_FAILED: { zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid; check the marked fields' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  INVALID_CREDENTIALS: { zh: '企业代码、用户名或密码不正确，或账号已停用', en: 'Wrong organisation code, user name or password, or the account is disabled' },
  RATE_LIMITED: { zh: '尝试次数过多，请稍后再试', en: 'Too many attempts; please try again later' },
  PASSWORD_CHANGE_REQUIRED: { zh: '请先修改初始密码', en: 'Please change your initial password first' },
  FORBIDDEN: { zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '未找到该记录，或您无权查看', en: 'Not found, or not visible to you' },
  ROUTE_NOT_FOUND: { zh: '接口不存在', en: 'No such endpoint' },
  VERSION_CONFLICT: { zh: '该记录已被他人修改，请刷新后重试', en: 'Someone else changed this record; reload and try again' },
  USERNAME_TAKEN: { zh: '用户名已被使用', en: 'This user name is already taken' },
  OFFICE_NAME_TAKEN: { zh: '已有同名办事处', en: 'An office with this name already exists' },
  OFFICE_REQUIRED: { zh: '销售代表和办事处经理必须归属一个办事处', en: 'Sales reps and office managers must belong to an office' },
  OFFICE_INACTIVE: { zh: '该办事处已停用，不能分配人员', en: 'This office is closed; nobody can be assigned to it' },
  OFFICE_HAS_USERS: { zh: '办事处仍有在职人员，请先调整人员后再停用', en: 'The office still has active staff; move them before closing it' },
  LAST_ADMIN: { zh: '这是最后一个在用的系统管理员，不能停用或更改其角色', en: 'This is the last active administrator; it cannot be disabled or change role' },
  CANNOT_DEACTIVATE_SELF: { zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
  WRONG_CURRENT_PASSWORD: { zh: '当前密码不正确', en: 'The current password is wrong' },
  PASSWORD_REUSED: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  DUPLICATE_SUSPECTED: { zh: '可能与已有客户重复，请先查看', en: 'This may duplicate an existing customer; check it first' },
  OWNER_INVALID: { zh: '负责人必须是客户所属办事处在职的销售代表或办事处经理', en: "The owner must be an active rep or office manager of the customer's office" },
  CUSTOMER_OFFICE_REQUIRED: { zh: '请选择客户所属的办事处', en: 'Choose the office the customer belongs to' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大', en: 'The request is too large' },
  BAD_REQUEST: { zh: '请求格式不正确', en: 'The request is malformed' },
  INTERNAL: { zh: '服务器内部错误，请稍后再试；如果持续出现，请联系系统管理员', en: 'Internal server error; try again later, and tell your administrator if it persists' },
} satisfies Record<string, Bilingual>;

export type ErrorCode = keyof typeof ERRORS;

/** One field's problem, as it leaves the server. */
export interface FieldProblem {
  field: string;
  message: string;
  message_en: string;
}

/** The body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  message_en: string;
  fields?: FieldProblem[];
}
