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
  CUSTOMER_MERGED: { zh: '该客户已合并到另一个客户档案', en: 'This customer was merged into another one' },
  MERGE_SELF: { zh: '不能把客户与它自己合并，请选择另一个客户', en: 'A customer cannot be merged with itself; choose another customer' },
  MERGE_UNAVAILABLE: { zh: '已删除或已合并的客户不能再合并；请先恢复它，或打开它合并到的客户', en: 'A deleted or already merged customer cannot be merged; restore it first, or open the customer it was merged into' },
  MERGED_NO_RESTORE: { zh: '该客户已合并到另一个客户，不能恢复；它的联系人和变更记录都在合并后的客户里', en: 'This customer was merged into another one and cannot be restored; its people and history are in that customer' },
  SAVED_VIEW_NAME_TAKEN: { zh: '您已有同名的视图，请换一个名称', en: 'You already have a view with this name; choose another' },
  SAVED_VIEW_LIMIT: { zh: '每人最多保存 50 个视图，请先删除不用的视图', en: 'You can keep at most 50 views; delete one you no longer use first' },
  CUSTOM_FIELD_KEY_TAKEN: { zh: '字段代码已被使用', en: 'This field code is already used' },
  CUSTOM_FIELD_LABEL_TAKEN: { zh: '同一客户类型已有同名的自定义字段', en: 'A custom field with this label already exists for this customer type' },
  CUSTOM_FIELD_OPTION_IN_USE: { zh: '要删除的选项仍有客户在用，不能删除；可以改名', en: 'An option to be removed is still used by customers; rename it instead' },
  CUSTOM_FIELD_TYPE_IN_USE: { zh: '其他类型的客户已填写了此字段，不能只用于一个客户类型', en: 'Customers of other types have values for this field; it cannot be limited to one type' },
  IMPORT_FILE_INVALID: { zh: '这个文件不能导入，请按提示修改后重新上传', en: 'This file cannot be imported; fix it as described and upload it again' },
  IMPORT_NONE: { zh: '还没有上传要导入的文件，请先上传', en: 'No file has been uploaded for import; upload one first' },
  IMPORT_BUSY: { zh: '正在检查或导入这个文件，请等它完成', en: 'This file is being checked or imported; wait until that is done' },
  IMPORT_DONE: { zh: '这个文件已经导入完成；要再次导入，请重新上传', en: 'This file has been imported; upload it again to import it again' },
  IMPORT_CHANGED: { zh: '导入期间客户资料被他人修改，没有写入任何客户；请重新检查后再导入', en: 'Customers changed while the file was being imported, so nothing was written; check the file again and import it' },
  IMPORT_ORDERS_CHANGED: { zh: '导入期间有订单号被他人录入，没有写入任何订单；请重新检查后再导入', en: 'An order number was entered by someone else during the import, so nothing was written; check the file again and import it' },
  PRODUCT_CODE_TAKEN: { zh: '产品编码已被使用', en: 'This product code is already used' },
  PRODUCT_UNKNOWN: { zh: '订单中有不存在的产品，请检查标出的行', en: 'The order names a product that does not exist; check the marked lines' },
  PRODUCT_INACTIVE: { zh: '订单中有已停用的产品，不能再销售', en: 'The order names a discontinued product, which can no longer be sold' },
  RETURN_OF_REQUIRED: { zh: '退货单须指明退的是哪张销售单', en: 'A return must name the sale it returns goods from' },
  RETURN_OF_INVALID: { zh: '只能退同一客户的销售单中的商品', en: 'Goods can only be returned from a sale to the same customer' },
  RETURN_EXCEEDS_SALE: { zh: '退货数量超过了该销售单可退的数量', en: 'The return is larger than what is left to return on that sale' },
  ORDER_REF_CONFLICT: { zh: '该外部单号已用于内容不同的另一张订单，未作任何更改', en: 'This external order number is already used by an order with different content; nothing was changed' },
  COLLECTION_NOT_OWED: { zh: '这张订单已没有欠款，不能再登记回款', en: 'Nothing is owed on this order; no collection can be booked' },
  COLLECTION_EXCEEDS_OWED: { zh: '回款金额超过了订单的欠款', en: 'The collection is larger than what is owed on the order' },
  COLLECTION_REF_TAKEN: { zh: '该外部回款单号已登记过', en: 'A collection with this external number is already booked' },
  CALENDAR_YEAR_NOT_CONFIGURED: { zh: '该年的节假日尚未配置，请系统管理员先设置工作日历', en: 'The holidays of that year are not configured yet; ask the administrator to set up the working calendar' },
  CALENDAR_OVERRIDE_EXISTS: { zh: '这一天已有工作日调整，请先删除原来的调整再设置', en: 'This date already has an override; remove it first to set another' },
  VISIT_TRAVEL_NOT_A_REP: { zh: '出行设置只适用于在职的销售代表', en: 'Travel settings are for active sales reps only' },
  VISIT_PLAN_NOT_A_REP: { zh: '只能为本办事处在职的销售代表制定拜访计划', en: 'Visit plans are made for active sales reps of your office only' },
  VISIT_PLAN_NO_START: { zh: '无法确定出发地点：请先设置该代表的出发地点，或为其客户补充坐标', en: "The start point is unknown: set the rep's start point, or add coordinates to their customers" },
  VISIT_PLAN_LOCKED: { zh: '该月计划已提交或已批准，不能重新生成或修改', en: "This month's plan has been submitted or approved; it cannot be regenerated or changed" },
  VISIT_PLAN_EDIT_REFUSED: { zh: '这项调整不符合计划规则，请按提示修改', en: 'This change breaks a plan rule; see the details' },
  VISIT_PLAN_INVALID: { zh: '计划不符合拜访规则，请按列出的问题调整后再提交', en: 'The plan breaks the visit rules; fix the listed problems before submitting' },
  VISIT_PLAN_NOT_SUBMITTED: { zh: '只有已提交的计划可以批准或退回', en: 'Only a submitted plan can be approved or returned' },
  VISIT_PLAN_NOT_IN_REVIEW: { zh: '办事处经理只能在审批前调整已提交的计划；草稿和已退回的计划由代表本人修改', en: 'An office manager adjusts a plan only while it awaits review; the rep changes drafts and returned plans' },
  VISIT_PLAN_NOT_APPROVED: { zh: '只有已批准的计划可以修订；草稿和已退回的计划直接修改即可', en: 'Only an approved plan is revised; change a draft or returned plan directly' },
  VISIT_PLAN_PAST: { zh: '该月已经结束，计划不能再修订', en: 'The month is over; its plan can no longer be revised' },
  VISIT_ALREADY_RECORDED: { zh: '今天已经为该客户签到过，请打开那条拜访记录', en: 'You already checked in at this customer today; open that visit record' },
  VISIT_CHECKED_OUT: { zh: '这次拜访已经签退', en: 'This visit is already checked out' },
  VISIT_PHOTO_INVALID: { zh: '这张照片不能上传，请按提示处理', en: 'This photo cannot be uploaded; see the details' },
  EXPENSE_NOT_A_REP: { zh: '客情费统计表只适用于在职且归属办事处的销售代表', en: 'Expense statements are for active sales reps who belong to an office' },
  EXPENSE_STATEMENT_LOCKED: { zh: '统计表已报送、审核中或已作废，不能重新生成或修改', en: 'The statement has been submitted, is under review or is void; it cannot be regenerated or changed' },
  EXPENSE_STATEMENT_VOID: { zh: '已过审核截止日且未完成全部签字，统计表已作废', en: 'The review deadline has passed without all signatures, so the statement is void' },
  EXPENSE_REVIEW_REFUSED: { zh: '统计表当前的状态不允许这一步，请看原因', en: 'The statement is not at a stage where this step is allowed; see the reason' },
  EXPENSE_APPLICATION_AFTER_FIRST_ORDER: { zh: '客户已首次下单（签订合同），之后的新客户特殊费用申请一律无效', en: 'The customer has already placed its first order (signed); a new-customer special expense after that is void' },
  EXPENSE_APPLICATION_DECIDED: { zh: '该申请已审批，不能再次审批', en: 'This application has already been decided' },
  EXPENSE_PAYOUT_REFUSED: { zh: '不能借支兑付，请看原因', en: 'This cash draw is refused; see the reason' },
  EXPENSE_SETTLEMENT_INVALID: { zh: '核销金额有误，请看原因', en: 'The settlement amounts are wrong; see the reason' },
  EXPENSE_SPOT_CHECK_REFUSED: { zh: '这张统计表现在不能抽查，请看原因', en: 'This statement cannot be spot-checked now; see the reason' },
  EXPENSE_SPOT_CHECK_EXISTS: { zh: '这张统计表已经抽查过，抽查结果不能重抽', en: 'This statement has already been spot-checked; the draw cannot be repeated' },
  DAILY_LOG_COMMENTED: { zh: '办事处经理已点评这一天的成功手册，小结不能再修改', en: 'The office manager has commented on this day’s log; the summary can no longer be changed' },
  DAILY_LOG_FUTURE_DAY: { zh: '还没到这一天，不能填写成功手册', en: 'This day has not come yet; its log cannot be written' },
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
