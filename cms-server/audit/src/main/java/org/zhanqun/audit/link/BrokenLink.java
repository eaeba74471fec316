package org.zhanqun.audit.link;

import java.util.Objects;

/** A link that does not lead where it should, with the reason. */
public record BrokenLink(Link link, LinkFailure failure) {

  public BrokenLink {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(failure, "failure");
  }
}
