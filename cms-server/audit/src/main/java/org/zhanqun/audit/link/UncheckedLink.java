package org.zhanqun.audit.link;

import java.util.Objects;

/**
 * An external link the check left alone, and why.
 *
 * @param reason {@value #EXTERNAL_OFF} or {@value #CAP_REACHED}
 */
public record UncheckedLink(Link link, String reason) {

  /** External checking was off. */
  public static final String EXTERNAL_OFF = "not checked: external links off";

  /** The run had already fetched as many URLs as {@link LinkCheckOptions#maxUrlsPerRun()}. */
  public static final String CAP_REACHED = "not checked: cap reached";

  public UncheckedLink {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(reason, "reason");
  }
}
