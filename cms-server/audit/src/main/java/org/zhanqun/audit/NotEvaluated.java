package org.zhanqun.audit;

import org.zhanqun.audit.rule.Text;

/**
 * A rule of the rules file that this run did not evaluate, and why: the data it needs was not
 * supplied, or the rules switch it off. Never silently dropped.
 */
public record NotEvaluated(String rule, Text title, Text reason) {}
