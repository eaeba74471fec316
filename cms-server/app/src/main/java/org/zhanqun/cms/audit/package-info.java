/**
 * The wake-up audit in the server: runs the audit library ({@code org.zhanqun.audit}) over the
 * published content with the evidence only the server has, stores each run, and serves its reports
 * and trends to evaluators — and to a site's own editors, its findings.
 */
package org.zhanqun.cms.audit;
