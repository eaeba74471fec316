/**
 * Proofreading a content folder (issue #16): the proofreader of {@code org.zhanqun.proofreading}
 * over every item, its findings with the site and item file they are in ({@link
 * org.zhanqun.builder.proofread.ItemFinding}), the report in JSON, CSV or HTML ({@link
 * org.zhanqun.builder.proofread.ReportFormat}), and the check the folder build runs before it
 * publishes ({@link org.zhanqun.builder.proofread.PublicationCheck}). The content server does not
 * use the check: it proofreads at submit and publish, where a reviewer may override a finding.
 */
package org.zhanqun.builder.proofread;
