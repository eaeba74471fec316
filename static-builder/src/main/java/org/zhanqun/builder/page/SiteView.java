package org.zhanqun.builder.page;

/**
 * The site a page belongs to, in the page's language.
 *
 * @param kind {@code portal} or {@code department}
 * @param homeUrl the site's home in the page's language
 * @param searchUrl the site's search page in the page's language; the header's search box submits
 *     to it with the words as {@code q}
 * @param searchDataUrl the site's search data ({@code search.json}) in the page's language
 * @param reportErrorUrl the site's 我为政府网站找错 form in the page's language, linked from the footer
 * @param siteCode 网站标识码, null when not given; likewise {@code icp}, {@code publicSecurity}, {@code
 *     phone}, {@code email}, {@code address}
 */
public record SiteView(
    String id,
    String kind,
    String name,
    String department,
    String homeUrl,
    String feedUrl,
    String searchUrl,
    String searchDataUrl,
    String reportErrorUrl,
    String siteCode,
    String icp,
    String publicSecurity,
    String phone,
    String email,
    String address) {}
