package org.zhanqun.cms.exchange;

import java.util.List;

/**
 * What an import did.
 *
 * @param clusterChanged whether the cluster's settings changed
 * @param filesStored form files stored now
 * @param filesReused form files an earlier import had stored already
 * @param millis how long the import took, reading the folder included
 * @param findings what proofreading found in the imported items and let pass: the warnings, and the
 *     blocking findings of an import with {@code allowFindings}; empty when nothing
 */
public record ImportReportView(
    boolean clusterChanged,
    Counts sites,
    Counts columns,
    Counts items,
    int filesStored,
    int filesReused,
    long millis,
    List<ImportFindingView> findings) {

  /** How many were created, updated and left unchanged. */
  public record Counts(int created, int updated, int unchanged) {}
}
