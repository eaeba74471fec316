package org.zhanqun.cms.workflow;

import java.util.List;

/**
 * The answer to a bulk step: a result per item, in the order sent.
 *
 * @param done how many items were moved
 * @param failed how many were not (refused, in conflict, not found)
 */
public record BulkView(List<BulkResult> results, int done, int failed) {}
