package org.zhanqun.builder.source;

import java.util.List;

/**
 * What a policy interpretation (政策解读) explains.
 *
 * @param interprets the policies, never empty
 * @param form {@code text}, {@code graphic}, {@code video} or {@code qa}
 */
public record InterpretationPart(List<ItemReference> interprets, String form) {

  public InterpretationPart {
    interprets = List.copyOf(interprets);
  }
}
