/**
 * Writes audit results: JSON (the API's and the command line's), CSV (one row per finding) and a
 * self-contained HTML report. Byte-identical output for equal results: fixed key order, no clock.
 * Imports the engine's result records; nothing imports this package but the command line and the
 * server's resources.
 */
package org.zhanqun.audit.report;
