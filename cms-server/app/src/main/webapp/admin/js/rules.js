// The content rules as the server states them, so the console keeps no copy of its own: the
// guide's elements, the item text limits and the upload limits (GET /content-rules, asked once per
// page load and kept in memory), and the server's verdict on one typed value
// (GET /content-rules/check, the same parse a save runs).

import { api } from './api.js';

let rules = null;

/** The rules: {guideElements, itemLimits, upload}. A failed answer is asked again next time. */
export function contentRules() {
  if (!rules) {
    rules = api.get('content-rules').catch((error) => {
      rules = null;
      throw error;
    });
  }
  return rules;
}

/**
 * The server's verdict on `value` as a `kind` (indexNo, docNo, slug, siteCode, language):
 * {valid, value (canonical, or null), reason (English, or null)}.
 */
export function checkValue(kind, value) {
  return api.get('content-rules/check', { kind, value });
}

/** The fields of the guide elements a guide must have, in the order of a printed guide. */
export function requiredGuideFields(loaded) {
  return loaded.guideElements.filter((element) => element.required).map((element) => element.field);
}
