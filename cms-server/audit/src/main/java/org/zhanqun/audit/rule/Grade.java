package org.zhanqun.audit.rule;

import java.math.BigDecimal;

/**
 * A grade a site reaches with a score of at least {@code minScore} and no veto.
 *
 * @param id e.g. {@code excellent}
 */
public record Grade(String id, Text names, BigDecimal minScore) {}
