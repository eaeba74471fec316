package org.zhanqun.builder.page;

/**
 * Where an interaction page's plain HTML form posts, and the hidden fields every such form sends:
 * the server answers a form-encoded post with a text/html page in {@code language} that links back
 * to {@code back}.
 *
 * @param action the absolute or root-relative URL of the content server's public endpoint
 * @param site the id of the page's site
 * @param language the page's language ({@code lang})
 * @param back the absolute URL of the page the form is on
 */
public record InteractionForm(String action, String site, String language, String back) {}
