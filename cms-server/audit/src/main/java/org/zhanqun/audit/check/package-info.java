/**
 * The checks: one class per check, each turning a site's content as of a date (a {@link
 * org.zhanqun.audit.check.SiteContent}) into findings for the rules it owns. Also the evidence the
 * library cannot gather itself and the server supplies later ({@link
 * org.zhanqun.audit.check.ExternalEvidence}: probes, revisions, links, search). Imports the rules,
 * the findings and the builder's content model; never the engine or the reports.
 */
package org.zhanqun.audit.check;
