/**
 * The proofreader as the server uses it: one {@link org.zhanqun.proofreading.Proofreader} built
 * from the built-in lists and the operator's file named by {@code zhanqun.proofreading.dictionary},
 * for submit, publish, import and the audit.
 */
package org.zhanqun.cms.proofreading;
