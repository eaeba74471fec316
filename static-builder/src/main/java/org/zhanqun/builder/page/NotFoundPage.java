package org.zhanqun.builder.page;

/** The cluster's 404 page, in the default language with links to every language's portal home. */
public record NotFoundPage(PageContext context) {}
