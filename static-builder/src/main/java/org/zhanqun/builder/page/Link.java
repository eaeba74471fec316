package org.zhanqun.builder.page;

/**
 * A link to a page.
 *
 * @param text what the link says
 * @param url root-relative ({@code /fgw/news/}) within the cluster, or absolute
 */
public record Link(String text, String url) {}
