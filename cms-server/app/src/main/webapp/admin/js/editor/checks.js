// Format checks the editor shows while the user types. They mirror the server's rules
// (content/policy/IndexNumber, DocumentNumber, ItemValidator, attachment/FileFormat) for hints
// only: the server stays the judge, and its answer is what a save shows.

import { t } from '../i18n.js';

const INDEX_NO = /^[0-9A-Z]{9,18}(\/[0-9A-Z]{1,10})?\/(19|20)[0-9]{2}-[0-9]{3,8}$/;
const HAN = '\\p{Script=Han}';
const DOC_NO_YEARLY = new RegExp(`^${HAN}[${HAN}A-Za-z0-9]{0,19}〔(19|20)[0-9]{2}〕[0-9]{1,5}号$`, 'u');
const DOC_NO_ORDER = new RegExp(`^${HAN}{1,30}令第[0-9]{1,5}号$`, 'u');
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** 文号 with look-alike brackets around the year turned into 〔〕, as the server stores it. */
export function normaliseDocNo(value) {
  return value.trim().replace(/[[【(（〔﹝［]((19|20)[0-9]{2})[\]】)）〕﹞］]/g, '〔$1〕');
}

function validDate(value) {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The hint for a field's value, or null when it looks right (or is empty: required is the server's). */
export const CHECKS = {
  slug: (v) => (v && !SLUG.test(v) ? t('editor.check.slug') : null),
  'policy.indexNo': (v) => (v && !INDEX_NO.test(v.trim()) ? t('policy.check.indexNo') : null),
  'policy.docNo': (v) => {
    if (!v) return null;
    const normalised = normaliseDocNo(v);
    return DOC_NO_YEARLY.test(normalised) || DOC_NO_ORDER.test(normalised) ? null : t('policy.check.docNo');
  },
  'policy.writtenOn': (v) => (v && !validDate(v.trim()) ? t('policy.check.date') : null),
  'policy.validUntil': (v) => (v && !validDate(v.trim()) ? t('policy.check.date') : null),
  'guide.onlineUrl': (v) => (v && !/^https?:\/\/\S+$/.test(v) ? t('guide.check.url') : null),
};

/** The service guide's required elements in the order of a printed guide (GuideCompleteness). */
export const GUIDE_REQUIRED = [
  'basis',
  'conditions',
  'materials',
  'process',
  'timeLimit',
  'fees',
  'location',
  'hours',
  'department',
  'phone',
  'supervisionPhone',
];

/** The required elements a guide lacks, as the server counts them. */
export function missingGuideElements(guide) {
  return GUIDE_REQUIRED.filter((name) => {
    const value = guide?.[name];
    if (value === null || value === undefined) return true;
    if (typeof value === 'string') return value.trim() === '';
    if (Array.isArray(value)) return value.length === 0;
    if (name === 'timeLimit') return value.statutoryDays == null && value.promisedDays == null;
    return false;
  });
}

