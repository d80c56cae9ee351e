/** The fields the history records of a customer, in display order (creating, editing and importing a customer). */
export const CUSTOMER_HISTORY_FIELDS = [
  'name', 'typeCode', 'status', 'regionCode', 'address', 'location', 'officeId', 'ownerId', 'source', 'sourceNote',
  'tags', 'creditCode', 'externalCode', 'phones', 'profile', 'preferences', 'importantDates',
] as const;

/** The fields the history records of a key person. */
export const CONTACT_HISTORY_FIELDS = ['name', 'roles', 'title', 'phones', 'wechat', 'birthday', 'birthdayLunar', 'preferences', 'left', 'leftOn'] as const;
