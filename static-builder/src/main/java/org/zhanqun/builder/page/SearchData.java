package org.zhanqun.builder.page;

import java.util.List;

/**
 * What the search page of a site reads in the browser before a search server exists: every item of
 * the site in one language.
 */
public record SearchData(String site, String language, List<ItemSummary> items) {}
