package org.zhanqun.cms.site;

/** A column as an import left it: its id, for the items and sub-columns that follow. */
public record ImportedColumn(long id, ImportOutcome outcome) {}
