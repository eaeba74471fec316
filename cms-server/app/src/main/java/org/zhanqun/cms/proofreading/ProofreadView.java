package org.zhanqun.cms.proofreading;

import java.util.List;
import java.util.Map;

/**
 * What proofreading found in the texts sent.
 *
 * @param findings in the order of the fields sent, then of their place in each text
 * @param counts how many, by severity and by category
 */
public record ProofreadView(List<FindingView> findings, Counts counts) {

  /**
   * @param block findings that would stop a submit or publication
   * @param warn findings that only warn
   * @param byCategory every category's code (all of them, zero included) with its number of
   *     findings
   */
  public record Counts(int block, int warn, Map<String, Integer> byCategory) {}
}
