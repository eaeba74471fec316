package org.zhanqun.cms.workflow;

import jakarta.validation.constraints.Size;

/**
 * A workflow step as a client sends it.
 *
 * @param comment why; required when sending back and withdrawing
 * @param at for publish: a future ISO date-time with offset schedules the publication; absent
 *     publishes now. The publication time itself is always the server's.
 * @param version the item version the caller read; checked when present, and required to publish or
 *     schedule (the version the reviewer reviewed)
 */
public record WorkflowRequest(
    @Size(max = 2000, message = "at most 2000 characters") String comment,
    String at,
    Integer version,
    String overrideReason) {}
