/**
 * The content model every door shares (ADR 0013): {@link org.zhanqun.model.Parsed} and the packages
 * {@code site} (the cluster, its sites and columns), {@code item} (content items, their per-type
 * parts and the values that validate themselves) and {@code yaml} (the line-aware YAML reader).
 * Imports nothing of the builder, the server or the audit, and no I/O besides reading text it is
 * given.
 */
package org.zhanqun.model;
