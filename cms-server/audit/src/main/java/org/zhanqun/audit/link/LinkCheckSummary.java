package org.zhanqun.audit.link;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures of one check. Links are counted where they occur: a URL on three pages counts three
 * times, except in {@code distinctExternalUrls}.
 *
 * @param pagesScanned published HTML pages read
 * @param linksFound every URL-bearing attribute value (each {@code srcset} candidate), skipped ones
 *     included
 * @param internalChecked links into the cluster, looked up in the published folder
 * @param externalChecked links outside the cluster whose URL was fetched (or found in the cache)
 * @param distinctExternalUrls different external URLs (without fragment) among those
 * @param fetched external URLs actually requested in this run (the others came from the cache file)
 * @param brokenInternal internal links to missing files (missing anchors not included)
 * @param brokenExternal external links that failed
 * @param missingAnchors internal links whose {@code #fragment} is missing on the target page
 * @param skipped links not checked by nature: {@code mailto:}, {@code tel:}, {@code javascript:},
 *     {@code data:} and other non-HTTP schemes, {@code <link rel=preconnect|dns-prefetch>}
 * @param notChecked external links left alone because external checking was off or the run's cap of
 *     URLs was reached
 * @param duration wall time of the check
 */
public record LinkCheckSummary(
    int pagesScanned,
    int linksFound,
    int internalChecked,
    int externalChecked,
    int distinctExternalUrls,
    int fetched,
    int brokenInternal,
    int brokenExternal,
    int missingAnchors,
    int skipped,
    int notChecked,
    Duration duration) {

  public LinkCheckSummary {
    Objects.requireNonNull(duration, "duration");
  }
}
