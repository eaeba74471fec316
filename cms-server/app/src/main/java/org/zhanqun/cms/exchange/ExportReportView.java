package org.zhanqun.cms.exchange;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param folder the folder written, relative to the exchange folder
 * @param items live items written, one file each
 * @param files form files copied
 * @param droppedReferences references to items that are not live, left out of the files, as {@code
 *     <file>: <key> -> item <id>}
 * @param millis how long the export took
 */
public record ExportReportView(
    String folder,
    int sites,
    int columns,
    int items,
    int files,
    List<String> droppedReferences,
    long millis) {}
