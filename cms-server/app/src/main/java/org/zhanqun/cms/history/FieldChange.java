package org.zhanqun.cms.history;

/**
 * One field that differs between two revisions, by its path in the item ({@code title}, {@code
 * policy.docNo}, {@code guide.process[2]}); a value is null where the field is absent.
 */
public record FieldChange(String field, Object before, Object after) {}
