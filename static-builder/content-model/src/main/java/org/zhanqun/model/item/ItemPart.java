package org.zhanqun.model.item;

import org.zhanqun.model.site.ContentType;

/**
 * What an item of one type has that items of other types do not: a policy's disclosure metadata, an
 * interpretation's policies, a guide's standard elements, a form's file. News and pages have none.
 * Each type has exactly one part type ({@link #typeOf}), so a switch over the permitted parts is
 * exhaustive.
 */
public sealed interface ItemPart permits PolicyPart, InterpretationPart, GuidePart, FormPart {

  /** The content type whose items carry this part. */
  ContentType type();

  /** Whether items of {@code type} carry a part. */
  static boolean hasPart(ContentType type) {
    return switch (type) {
      case POLICY, INTERPRETATION, GUIDE, FORM -> true;
      case NEWS, PAGE -> false;
    };
  }
}
