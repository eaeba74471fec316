/**
 * The inspection rules as data: loads a rules file (YAML), checks every key, value and line, and
 * gives the validated {@link org.zhanqun.audit.rule.Rules}. The national indicators ship as the
 * default set ({@code national-2019.yaml}), and its {@code categories} are the one place the column
 * categories' update limits are given. Imports of the content model only {@link
 * org.zhanqun.model.Parsed}, the {@code site} and {@code item} packages and the line-aware YAML
 * reader ({@code yaml}); never SnakeYAML itself.
 */
package org.zhanqun.audit.rule;
