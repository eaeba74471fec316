/**
 * The change trail of content: a revision for every save with who and when, the field-by-field
 * difference between two revisions, and restoring an old revision as a new one. Named apart from
 * {@code audit}, which is the wake-up audit. Builds on {@code content}; content knows nothing of
 * it.
 */
package org.zhanqun.cms.history;
