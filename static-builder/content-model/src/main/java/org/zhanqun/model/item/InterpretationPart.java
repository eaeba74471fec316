package org.zhanqun.model.item;

import java.util.List;
import org.zhanqun.model.site.ContentType;

/**
 * What a policy interpretation (政策解读) explains, and how.
 *
 * @param <R> how a policy is referred to: an item id in the server, a {@code
 *     <site>/<translationKey>} reference in content files
 * @param interprets the policies, never empty once valid
 * @param form never null
 */
public record InterpretationPart<R>(List<R> interprets, InterpretationForm form)
    implements ItemPart {

  public InterpretationPart {
    interprets = interprets == null ? List.of() : List.copyOf(interprets);
  }

  @Override
  public ContentType type() {
    return ContentType.INTERPRETATION;
  }
}
