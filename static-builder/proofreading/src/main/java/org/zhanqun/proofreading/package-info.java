/**
 * The proofreader (错敏字检测): one checker for every door content passes through. {@link
 * org.zhanqun.proofreading.Proofreader} finds {@link org.zhanqun.proofreading.Finding}s in the
 * texts of an item ({@link org.zhanqun.proofreading.ItemTexts}) using a {@link
 * org.zhanqun.proofreading.Dictionary}: the built-in lists (fixed political and official
 * expressions, the official administrative-division names, classified markings, common typos) and
 * the operator's (officials, former names, allow-list, public service numbers). Dictionaries are
 * data; a bad entry is refused with its file and line. See docs/proofreading.md.
 */
package org.zhanqun.proofreading;
