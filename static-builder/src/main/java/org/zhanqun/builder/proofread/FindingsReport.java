package org.zhanqun.builder.proofread;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.Finding;

/**
 * What the proofread command reports: the findings and their counts.
 *
 * @param sites the sites proofread, sorted: each is counted in {@link Counts#bySite}, with 0 when
 *     it has no finding
 * @param findings sorted as {@link ContentProofreading#check} sorts them
 */
public record FindingsReport(List<String> sites, List<ItemFinding> findings) {

  public FindingsReport {
    sites = sites.stream().sorted().distinct().toList();
    findings = List.copyOf(findings);
  }

  /**
   * @param byCategory every category by its code, in the order of {@link Category}, 0 included
   * @param bySite every site proofread, sorted, 0 included
   */
  public record Counts(
      int total,
      int block,
      int warn,
      Map<String, Integer> byCategory,
      Map<String, Integer> bySite) {}

  public Counts counts() {
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    for (Category category : Category.values()) {
      byCategory.put(category.code(), 0);
    }
    Map<String, Integer> bySite = new TreeMap<>();
    sites.forEach(site -> bySite.put(site, 0));
    int block = 0;
    for (ItemFinding f : findings) {
      byCategory.merge(f.finding().category().code(), 1, Integer::sum);
      bySite.merge(f.site(), 1, Integer::sum);
      if (f.finding().blocks()) {
        block++;
      }
    }
    return new Counts(
        findings.size(),
        block,
        findings.size() - block,
        Collections.unmodifiableMap(byCategory),
        Collections.unmodifiableMap(bySite));
  }

  /** Whether any finding blocks publication. */
  public boolean blocks() {
    return findings.stream().map(ItemFinding::finding).anyMatch(Finding::blocks);
  }
}
