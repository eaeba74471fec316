/**
 * The inspection rules as data: loads a rules file (YAML), checks every key, value and line, and
 * gives the validated {@link org.zhanqun.audit.rule.Rules}. The national indicators ship as the
 * default set ({@code national-2019.yaml}). Imports only the builder's {@code site} package and
 * SnakeYAML.
 */
package org.zhanqun.audit.rule;
