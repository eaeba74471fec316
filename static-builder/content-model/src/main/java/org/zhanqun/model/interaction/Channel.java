package org.zhanqun.model.interaction;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zhanqun.model.site.LocalizedText;

/**
 * A letter channel (信件渠道) of a site: the portal's 市长信箱, a department's 局长信箱 or 政务咨询.
 *
 * @param site the id of the site the channel belongs to; its handlers receive the letters first
 * @param code unique within the site, {@link #CODE}; the channel's page is {@code letters/<code>/}
 * @param names the channel's name per language, at least in the site's source language
 * @param kinds the kinds of letter the channel takes, the first being the form's default
 * @param replyDays the reply limit in working days ({@link #MIN_REPLY_DAYS}..{@link
 *     #MAX_REPLY_DAYS}), counted from the day after the letter arrives
 */
public record Channel(
    String site, String code, LocalizedText names, List<LetterKind> kinds, int replyDays) {

  /** A channel's code: lower-case letters, digits and hyphens, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  public static final int MIN_REPLY_DAYS = 1;
  public static final int MAX_REPLY_DAYS = 60;

  public Channel {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(names, "names");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("channel code '" + code + "' is not " + CODE);
    }
    kinds = List.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("channel " + code + " takes no kind of letter");
    }
    if (replyDays < MIN_REPLY_DAYS || replyDays > MAX_REPLY_DAYS) {
      throw new IllegalArgumentException("channel " + code + ": replyDays " + replyDays);
    }
  }

  /** Whether the channel takes letters of {@code kind}. */
  public boolean takes(LetterKind kind) {
    return kinds.contains(kind);
  }
}
