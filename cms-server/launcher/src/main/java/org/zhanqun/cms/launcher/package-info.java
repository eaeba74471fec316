/**
 * The {@code zhanqun} command line: commands, options and their defaults from system properties and
 * environment variables, validation, messages and exit codes (0 ok, 1 failure, 2 bad input). The
 * only launcher package that writes to the console; it runs things only through {@code runtime}.
 */
package org.zhanqun.cms.launcher;
