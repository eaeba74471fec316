package org.zhanqun.cms.infrastructure.error;

/**
 * One reason a request was refused.
 *
 * @param field the request field, as a dotted path ({@code policy.indexNo}); never null, empty when
 *     the failure concerns the request as a whole
 * @param reason what is wrong with it, in words a user understands
 */
public record FieldError(String field, String reason) {}
