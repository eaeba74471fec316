/**
 * What the audit reports: a {@link org.zhanqun.audit.finding.Finding} with its evidence, the item
 * it is about and its identity across runs. The vocabulary the checks, the engine and the reports
 * share; imports only the rules.
 */
package org.zhanqun.audit.finding;
