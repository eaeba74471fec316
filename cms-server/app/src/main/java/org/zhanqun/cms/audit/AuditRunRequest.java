package org.zhanqun.cms.audit;

/**
 * What an evaluator asks to audit; every field is optional.
 *
 * @param asOf the day, {@code yyyy-MM-dd}; default today in the cluster's time zone
 * @param site one site's id; default the whole cluster
 * @param rules a rules file's text (YAML); default the national indicators
 */
public record AuditRunRequest(String asOf, String site, String rules) {}
