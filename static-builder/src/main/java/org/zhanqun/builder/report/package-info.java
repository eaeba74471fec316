/**
 * What the command-line reports share (the proofreading report here, the audit's reports in
 * zhanqun-audit): {@link org.zhanqun.builder.report.ReportTemplate} renders a standalone page from
 * a template shipped beside its owner (not a site theme), {@link
 * org.zhanqun.builder.report.SpreadsheetCsv} writes CSV that spreadsheets open safely.
 */
package org.zhanqun.builder.report;
