/**
 * The checks: one class per check, each turning a site's content as of a date (a {@link
 * org.zhanqun.audit.check.SiteContent}) into findings for the rules it owns. Also the evidence the
 * library cannot gather itself and the server supplies later ({@link
 * org.zhanqun.audit.check.ExternalEvidence}: probes, revisions, links, search, the proofreader).
 * Imports the rules, the findings, the builder's content model and the proofreader; never the
 * engine or the reports.
 */
package org.zhanqun.audit.check;
