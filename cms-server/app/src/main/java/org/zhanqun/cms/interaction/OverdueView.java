package org.zhanqun.cms.interaction;

/** How many letters of a site wait for their reply past their due date. */
public record OverdueView(String site, int overdue) {}
