package org.zhanqun.cms.workflow;

import java.util.List;
import org.zhanqun.cms.content.ItemView;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * What one item of a bulk step came to.
 *
 * @param outcome {@code done}, {@code refused} (no right, not allowed in its status, invalid),
 *     {@code conflict} (a stale version: {@code item} is the current one) or {@code not-found}
 * @param status the HTTP status the single step would have been answered with
 * @param message what happened, in one sentence
 * @param errors the fields at fault with their reasons; empty when none
 * @param item the item after the step when done, the current item on a conflict; else null
 * @param findings when proofreading refused the item (status 422): every finding, as in a single
 *     step's error body; else null (left out). A done item's findings are in {@code item}
 */
public record BulkResult(
    long id,
    String outcome,
    int status,
    String message,
    List<FieldError> errors,
    ItemView item,
    List<?> findings) {}
