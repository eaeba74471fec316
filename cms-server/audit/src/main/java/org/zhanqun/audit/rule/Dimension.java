package org.zhanqun.audit.rule;

import java.math.BigDecimal;

/**
 * A dimension of the performance evaluation (绩效评估), e.g. information disclosure (信息公开).
 *
 * @param points its share of the 100 points: deductions of its rules together take at most this
 * @param weight its weight in the performance score
 * @param onlyWithServices whether only sites offering external services are scored on it (the
 *     online-services block): the others are scored out of the remaining points, scaled to 100
 */
public record Dimension(
    String id, Text names, BigDecimal points, BigDecimal weight, boolean onlyWithServices) {}
