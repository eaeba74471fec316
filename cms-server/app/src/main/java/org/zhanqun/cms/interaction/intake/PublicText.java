package org.zhanqun.cms.interaction.intake;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/**
 * The checks every public form's text passes before anything is stored: presence, length in
 * characters (code points), no markup ({@code <tag}, {@code </}, character references such as
 * {@code &#60;} or {@code &lt;}), no control or direction-override characters, and the contact
 * data's form (a phone number of mainland China, with or without {@code +86}; an e-mail address).
 * Each method returns the cleaned value (stripped, line ends as {@code \n}, null for blank) and
 * adds an error naming the field when it fails; {@link #throwIfAny()} then refuses the request
 * naming every failed field at once. One per request; not thread-safe.
 */
public final class PublicText {

  /** The reason for markup, as documented for the public forms. */
  public static final String MARKUP = "markup is not allowed";

  private static final Pattern MARKUP_PATTERN =
      Pattern.compile("<\\s*[A-Za-z!/?]|&#|&[A-Za-z][A-Za-z0-9]{1,30};");
  private static final Pattern MOBILE = Pattern.compile("(?:\\+86|0086)?-?1[3-9]\\d{9}");
  private static final Pattern LANDLINE =
      Pattern.compile("(?:(?:\\+86|0086)-?0?|0)[1-9]\\d{1,2}-?[2-9]\\d{6,7}(?:-\\d{1,6})?");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+");
  private static final int EMAIL_MAX = 254;

  private final FieldErrors errors = new FieldErrors();

  /**
   * Refuses a filled honeypot at once, with a reason that does not tell a robot which field gave it
   * away. People never see the field (it is hidden from sight and from screen readers).
   *
   * @throws InvalidInputException when {@code value} is not blank
   */
  public static void requireEmptyHoneypot(String value) {
    if (value != null && !value.isBlank()) {
      throw new InvalidInputException("", "the form could not be accepted; please try again");
    }
  }

  /** A one-line value that must be given, at most {@code max} characters. */
  public String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(field, "is required");
      return null;
    }
    return optional(field, value, max);
  }

  /** A one-line value that may be left out (null), at most {@code max} characters. */
  public String optional(String field, String value, int max) {
    return checked(field, value, max, false);
  }

  /** A text of several lines that must be given, at most {@code max} characters. */
  public String requiredLines(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(field, "is required");
      return null;
    }
    return checked(field, value, max, true);
  }

  /** A text of several lines that may be left out (null), at most {@code max} characters. */
  public String optionalLines(String field, String value, int max) {
    return checked(field, value, max, true);
  }

  /**
   * A phone number of mainland China that may be left out: a mobile number {@code 13912345678}, or
   * a landline with area code {@code 010-12345678} / {@code 0451-8765432} (an extension {@code
   * -123} allowed), each optionally with {@code +86}; spaces and brackets are ignored.
   */
  public String phone(String field, String value) {
    String checked = optional(field, value, 30);
    if (checked == null) {
      return null;
    }
    String compact = checked.replaceAll("[\\s()（）]", "");
    String mobile = compact.replace("-", "");
    if (MOBILE.matcher(mobile).matches()) {
      return mobile;
    }
    if (!LANDLINE.matcher(compact).matches()) {
      errors.add(
          field,
          "is not a phone number of mainland China (mobile 13912345678 or landline 010-12345678)");
      return null;
    }
    return compact;
  }

  /** An e-mail address that may be left out. */
  public String email(String field, String value) {
    String checked = optional(field, value, EMAIL_MAX);
    if (checked == null) {
      return null;
    }
    if (!EMAIL.matcher(checked).matches()) {
      errors.add(field, "is not an e-mail address like name@example.cn");
      return null;
    }
    return checked.toLowerCase(Locale.ROOT);
  }

  /** Adds an error of the caller's own rule (at least one contact given, a known channel ...). */
  public PublicText reject(String field, String reason) {
    errors.add(field, reason);
    return this;
  }

  /** Whether every check so far passed. */
  public boolean passed() {
    return errors.isEmpty();
  }

  /**
   * Refuses the request when a check failed.
   *
   * @throws InvalidInputException naming every failed field
   */
  public void throwIfAny() {
    errors.throwIfAny();
  }

  private String checked(String field, String value, int max, boolean lines) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (text.isEmpty()) {
      return null;
    }
    if (hasForbiddenCharacter(text, lines)) {
      errors.add(
          field,
          lines ? "contains control characters" : "contains line breaks or control characters");
      return null;
    }
    if (MARKUP_PATTERN.matcher(text).find()) {
      errors.add(field, MARKUP);
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      errors.add(field, "is " + length + " characters long, more than " + max);
      return null;
    }
    return text;
  }

  private static boolean hasForbiddenCharacter(String text, boolean lines) {
    return text.codePoints()
        .anyMatch(
            c ->
                (Character.getType(c) == Character.CONTROL && !(lines && (c == '\n' || c == '\t')))
                    // direction overrides and isolates make a text read differently than stored
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || Character.getType(c) == Character.SURROGATE
                    || c == 0xFFFE
                    || c == 0xFFFF);
  }
}
