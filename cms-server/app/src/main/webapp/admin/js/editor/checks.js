// Format checks the editor shows while the user types. The server judges 索引号, 文号 and slug
// (GET /content-rules/check, the content model's own parse, see rules.js); the console only words
// the hint in the user's language and shows how a 文号 will be stored. Dates and web addresses are
// checked here, being no content rule. The server stays the judge: its answer is what a save shows.

import { t } from '../i18n.js';
import { checkValue } from '../rules.js';

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function validDate(value) {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A check asked of the server: the hint when it refuses the value; for a value it stores otherwise
 * than typed (a 文号's brackets), a note with the stored form. No hint when the server cannot be
 * asked: a save will tell.
 */
function serverCheck(kind, hintKey, noteKey = null) {
  return async (value) => {
    if (!value || !value.trim()) return null;
    let verdict;
    try {
      verdict = await checkValue(kind, value);
    } catch {
      return null;
    }
    if (!verdict.valid) return { problem: t(hintKey), reason: verdict.reason };
    if (noteKey && verdict.value !== value.trim()) return { note: t(noteKey, { value: verdict.value }) };
    return null;
  };
}

function localCheck(test, hintKey) {
  return async (value) => (value && !test(value) ? { problem: t(hintKey) } : null);
}

/**
 * A field's check by its path: resolves to null when the value looks right (or is empty: required
 * is the server's), else to {problem} (and the server's English `reason`) or {note}.
 */
export const CHECKS = {
  slug: serverCheck('slug', 'editor.check.slug'),
  'policy.indexNo': serverCheck('indexNo', 'policy.check.indexNo'),
  'policy.docNo': serverCheck('docNo', 'policy.check.docNo', 'policy.check.docNoStored'),
  'policy.writtenOn': localCheck((v) => validDate(v.trim()), 'policy.check.date'),
  'policy.validUntil': localCheck((v) => validDate(v.trim()), 'policy.check.date'),
  'guide.onlineUrl': localCheck((v) => /^https?:\/\/\S+$/.test(v), 'guide.check.url'),
};

/**
 * The required elements (fields, from GET /content-rules) a guide lacks, counted as the server's
 * GuidePart.missingElements counts them: blank text, an empty list, a time limit without days.
 */
export function missingGuideElements(guide, required) {
  return required.filter((name) => {
    const value = guide?.[name];
    if (value === null || value === undefined) return true;
    if (typeof value === 'string') return value.trim() === '';
    if (Array.isArray(value)) return value.length === 0;
    if (typeof value === 'object') return Object.values(value).every((part) => part === null || part === undefined);
    return false;
  });
}
