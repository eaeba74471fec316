package org.zhanqun.builder.page;

import java.util.List;

/**
 * What every page shares: where it is, in which language, how to reach its other language versions,
 * and the site's navigation.
 *
 * @param kind {@code home}, {@code column}, {@code item}, {@code search}, {@code interaction},
 *     {@code sites} or {@code notfound}
 * @param language the page's BCP 47 tag, for {@code <html lang>}
 * @param title the page's own title (without the site name)
 * @param canonicalUrl absolute URL of this page
 * @param assetsUrl root-relative URL of the theme assets folder, ending in {@code /}
 * @param clusterName the cluster's name in the page's language
 * @param portalUrl the portal's home in the page's language
 * @param sitesUrl the page listing the cluster's department sites, in the page's language
 * @param alternates every language version of this page plus {@code x-default}; empty when the page
 *     exists in one language only
 * @param languages the switcher: one entry per language of the site
 * @param navigation the site's column tree
 * @param breadcrumbs from the site home to the page's parent; the page itself is not included
 */
public record PageContext(
    String kind,
    String language,
    String title,
    String canonicalUrl,
    String assetsUrl,
    String clusterName,
    String portalUrl,
    String sitesUrl,
    SiteView site,
    List<Alternate> alternates,
    List<LanguageOption> languages,
    List<NavigationEntry> navigation,
    List<Link> breadcrumbs) {}
