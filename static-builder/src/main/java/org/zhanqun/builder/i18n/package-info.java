/**
 * The UI strings of the published pages: one UTF-8 properties bundle per language in {@code i18n/},
 * every language falling back to the cluster's default language, and the report of keys a language
 * lacks. Imports nothing else of the builder.
 */
package org.zhanqun.builder.i18n;
