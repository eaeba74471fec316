/**
 * The {@code audit} command (picocli): reads a content folder and a rules file, runs the audit and
 * writes a report. Only options, messages and exit codes live here; the launcher registers the
 * command as {@code zhanqun audit}.
 */
package org.zhanqun.audit.cli;
