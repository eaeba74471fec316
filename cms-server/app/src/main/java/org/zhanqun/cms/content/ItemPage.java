package org.zhanqun.cms.content;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page 1-based page number
 * @param size the page size asked for
 * @param total how many items match in all
 */
public record ItemPage<T>(List<T> items, int page, int size, long total) {}
