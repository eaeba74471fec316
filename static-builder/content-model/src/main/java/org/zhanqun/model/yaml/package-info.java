/**
 * The one line-aware YAML reader: SnakeYAML composes the text into nodes that keep their lines, and
 * {@link org.zhanqun.model.yaml.YamlMap} gives typed access that reports every problem with its
 * file, line and key path. Used for content files and for the audit's rules. Imports nothing of the
 * model but {@link org.zhanqun.model.Parsed}.
 */
package org.zhanqun.model.yaml;
