/**
 * Runs the content server on this machine: embedded MariaDB when no external database is
 * configured, then Payara Micro with the WAR as a child process, until it is stopped. Writes
 * diagnostics to log files and progress to a caller-supplied sink; never to the console, and
 * imports nothing from the command-line package.
 */
package org.zhanqun.cms.launcher.runtime;
