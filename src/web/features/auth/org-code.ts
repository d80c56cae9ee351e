const KEY = 'kq.orgCode';

/** The organisation code of the last successful sign-in on this browser, or '' on a first visit. */
export function rememberedOrgCode(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberOrgCode(code: string): void {
  try {
    localStorage.setItem(KEY, code.trim().toLowerCase());
  } catch {
    // private mode: nothing to remember with
  }
}
