/**
 * Full-width forms (ＡＢＣ１２３（）－, the ideographic space) as Chinese input methods type them,
 * turned into their ASCII twins. Other characters, Chinese punctuation such as 、。【】 included, stay.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
