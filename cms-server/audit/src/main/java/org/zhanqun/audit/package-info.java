/**
 * The wake-up audit (唤醒工程): applies the inspection rules (data, see {@code rule}) to a cluster's
 * content as of a date and yields findings with evidence, site scores, grades, the cluster ranking
 * and trends across runs. A library: the content server and the command line run the same engine.
 * Knows nothing of HTTP resources, JPA or templates of the published sites.
 */
package org.zhanqun.audit;
