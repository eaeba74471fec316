package org.zhanqun.audit;

import java.math.BigDecimal;
import org.zhanqun.audit.rule.Text;

/**
 * A site's score on one performance dimension, from the same findings as its score.
 *
 * @param points the dimension's share of the 100 points
 * @param deducted what its rules' findings take, at most {@code points}
 * @param score 100 × (points − deducted) / points; 0 to 100
 * @param applicable false for the online-services dimension of a site without services: it is left
 *     out of the score and the performance score
 */
public record DimensionScore(
    String dimension,
    Text names,
    BigDecimal points,
    BigDecimal deducted,
    BigDecimal score,
    BigDecimal weight,
    boolean applicable) {}
