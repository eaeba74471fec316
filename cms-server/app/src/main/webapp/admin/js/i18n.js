// Console messages from i18n/console_<lang>.properties (UTF-8), zh-CN first. A key missing in the
// chosen language falls back to zh-CN, then shows the key itself so a gap is visible, not blank.

export const LANGUAGES = ['zh-CN', 'en'];
const DEFAULT_LANGUAGE = 'zh-CN';
const STORAGE_KEY = 'zhanqun.console.language';

let messages = {};
let fallback = {};
let current = DEFAULT_LANGUAGE;

/** The console's language: the one chosen before on this browser, else Chinese. */
export function preferredLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
}

export function currentLanguage() {
  return current;
}

/** Loads the bundles of a language (and the default one as fallback) and remembers the choice. */
export async function useLanguage(language) {
  const lang = LANGUAGES.includes(language) ? language : DEFAULT_LANGUAGE;
  fallback = await load(DEFAULT_LANGUAGE);
  messages = lang === DEFAULT_LANGUAGE ? fallback : await load(lang);
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

async function load(language) {
  const response = await fetch(`i18n/console_${language.replace('-', '_')}.properties`);
  if (!response.ok) throw new Error(`console messages for ${language}: ${response.status}`);
  return parseProperties(await response.text());
}

/** Parses a UTF-8 properties file: key=value lines, # and ! comments, \\n and \\uXXXX escapes. */
export function parseProperties(text) {
  const result = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    result[line.slice(0, eq).trim()] = unescape(line.slice(eq + 1).trim());
  }
  return result;
}

function unescape(value) {
  return value
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\n/g, '\n')
    .replace(/\\(.)/g, '$1');
}

/** The message for a key with `{name}` placeholders filled from `values`. */
export function t(key, values = {}) {
  const template = messages[key] ?? fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) =>
    name in values ? String(values[name]) : match
  );
}

/** A date-time in the console's language, in a given IANA time zone (the cluster's). */
export function formatDateTime(iso, timeZone) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

export function formatDate(iso, timeZone) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
