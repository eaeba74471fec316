package org.zhanqun.proofreading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the numbers of people in a text: 居民身份证 numbers (valid by GB 11643: check digit and birth
 * date), mainland mobile numbers and bank card numbers (valid by Luhn). Works on runs of digits
 * joined by single spaces or hyphens, with inline Markdown markers skipped; a run next to an ASCII
 * letter or one of {@code / _ = . % # & ?} is part of an identifier or a URL and is no one's
 * number. The whole run is classified first (separators removed), then, if it is none of these,
 * each of its parts. Public service numbers pass: those the operator lists, mobiles in a guide's
 * phone fields and mobiles shortly after a hotline label (热线, 服务电话 ...).
 */
final class PersonalData {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final List<String> HOTLINE_LABELS =
      List.of("热线", "服务电话", "咨询电话", "投诉电话", "监督电话", "举报电话", "值班电话", "服务热线", "客服电话");
  private static final int LABEL_DISTANCE = 16;
  private static final Set<String> PUBLIC_PHONE_FIELDS =
      Set.of("guide.phone", "guide.supervisionPhone");
  private static final int MAX_RUN = 64;

  enum Kind {
    ID_NUMBER("居民身份证 number"),
    MOBILE("mobile number"),
    BANK_CARD("bank card number");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** A number found: its written span and its digits. */
  record Found(int start, int end, Kind kind, String digits) {

    String suggestion() {
      return "remove or mask the " + kind.label + " (e.g. " + masked() + ")";
    }

    String masked() {
      return switch (kind) {
        case ID_NUMBER -> digits.substring(0, 6) + "********" + digits.substring(14);
        case MOBILE -> {
          String local = digits.substring(digits.length() - 11);
          yield local.substring(0, 3) + "****" + local.substring(7);
        }
        case BANK_CARD -> "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
      };
    }
  }

  private PersonalData() {}

  /** The numbers of people in {@code text}, in order. */
  static List<Found> find(String text, String field, Set<String> publicNumbers) {
    List<Found> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        i++;
        continue;
      }
      i = run(text, i, field, publicNumbers, found);
    }
    return found;
  }

  /** Reads the run starting at {@code start}, adds what it holds; answers where the run ends. */
  private static int run(
      String text, int start, String field, Set<String> publicNumbers, List<Found> found) {
    int n = text.length();
    StringBuilder digits = new StringBuilder();
    List<int[]> segments = new ArrayList<>(); // written start, written end, digit from, digit to
    int segmentStart = start;
    int segmentDigits = 0;
    int i = start;
    int end = start;
    boolean separatorsGiven = false;
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(digitValue(c));
        i++;
        end = i;
        continue;
      }
      if (isMarker(c)) {
        i++;
        continue;
      }
      if ((c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ')
          && (digits.length() == 17 || digits.length() - segmentDigits == 17)) {
        digits.append('X');
        i++;
        end = i;
        break;
      }
      if ((c == ' ' || c == '-' || c == '\u00A0') && i + 1 < n && isDigit(text.charAt(i + 1))) {
        segments.add(new int[] {segmentStart, end, segmentDigits, digits.length()});
        segmentDigits = digits.length();
        separatorsGiven = true;
        i++;
        segmentStart = i;
        continue;
      }
      break;
    }
    segments.add(new int[] {segmentStart, end, segmentDigits, digits.length()});
    int after = end;
    if (digits.length() > MAX_RUN || partOfIdentifier(text, start, end)) {
      return Math.max(after, start + 1);
    }
    int spanStart = start;
    if (start > 0 && text.charAt(start - 1) == '+') {
      spanStart = start - 1;
    }
    String all = digits.toString();
    Kind whole = classify(all, segments, separatorsGiven);
    if (whole != null) {
      add(text, spanStart, end, whole, all, field, publicNumbers, found);
    } else if (segments.size() > 1) {
      for (int[] segment : segments) {
        String part = all.substring(segment[2], segment[3]);
        Kind kind = classify(part, List.of(segment), false);
        if (kind != null) {
          add(text, segment[0], segment[1], kind, part, field, publicNumbers, found);
        }
      }
    }
    return Math.max(after, start + 1);
  }

  private static void add(
      String text,
      int start,
      int end,
      Kind kind,
      String digits,
      String field,
      Set<String> publicNumbers,
      List<Found> found) {
    String plain = digits.replace("X", "");
    if (publicNumbers.contains(plain)
        || (plain.startsWith("86") && publicNumbers.contains(plain.substring(2)))) {
      return;
    }
    if (kind == Kind.MOBILE
        && (PUBLIC_PHONE_FIELDS.contains(field) || afterHotlineLabel(text, start))) {
      return;
    }
    found.add(new Found(start, end, kind, digits));
  }

  static Kind classify(String digits, List<int[]> segments, boolean separated) {
    int length = digits.length();
    if (length == 18 && isIdNumber(digits) && (!separated || groups(segments, 6, 8, 4))) {
      return Kind.ID_NUMBER;
    }
    if (digits.indexOf('X') >= 0) {
      return null;
    }
    if (length == 11 && isMobile(digits, 0) && (!separated || groups(segments, 3, 4, 4))) {
      return Kind.MOBILE;
    }
    if (length == 13
        && digits.startsWith("86")
        && isMobile(digits, 2)
        && (!separated
            || groups(segments, 2, 3, 4, 4)
            || groups(segments, 2, 11)
            || groups(segments, 5, 4, 4))) {
      return Kind.MOBILE;
    }
    if (length >= 16
        && length <= 19
        && digits.charAt(0) >= '3'
        && digits.charAt(0) <= '6'
        && luhn(digits)
        && (!separated || groupsOfFour(segments))) {
      return Kind.BANK_CARD;
    }
    return null;
  }

  private static boolean groups(List<int[]> segments, int... lengths) {
    if (segments.size() != lengths.length) {
      return false;
    }
    for (int i = 0; i < lengths.length; i++) {
      int[] segment = segments.get(i);
      if (segment[3] - segment[2] != lengths[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean groupsOfFour(List<int[]> segments) {
    for (int i = 0; i < segments.size(); i++) {
      int length = segments.get(i)[3] - segments.get(i)[2];
      boolean last = i == segments.size() - 1;
      if (last ? length < 1 || length > 4 : length != 4 && !(i == 0 && length == 6)) {
        return false;
      }
    }
    return true;
  }

  static boolean isMobile(String digits, int from) {
    char second = digits.charAt(from + 1);
    return digits.charAt(from) == '1' && second >= '3' && second <= '9';
  }

  /** GB 11643: a real birth date and the check digit of the weighted sum mod 11. */
  static boolean isIdNumber(String digits) {
    if (digits.length() != 18 || digits.charAt(0) < '1' || digits.charAt(0) > '9') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * ID_WEIGHTS[i];
    }
    if (ID_CHECK[sum % 11] != digits.charAt(17)) {
      return false;
    }
    int year = Integer.parseInt(digits.substring(6, 10));
    int month = Integer.parseInt(digits.substring(10, 12));
    int day = Integer.parseInt(digits.substring(12, 14));
    if (year < 1900) {
      return false;
    }
    try {
      return !LocalDate.of(year, month, day).isAfter(LocalDate.now());
    } catch (DateTimeException e) {
      return false;
    }
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Whether the run {@code [start, end)} is part of a longer number, an identifier or a URL. */
  private static boolean partOfIdentifier(String text, int start, int end) {
    int before = start - 1;
    while (before >= 0 && isMarker(text.charAt(before))) {
      before--;
    }
    if (before >= 0) {
      char c = text.charAt(before);
      if (isAsciiLetter(c) || isIdentifierMark(c)) {
        return true;
      }
      if ((c == ',' || c == '.' || c == '-')
          && before > 0
          && (isAsciiLetterOrDigit(text.charAt(before - 1)))) {
        return true;
      }
    }
    if (end < text.length()) {
      char c = text.charAt(end);
      if (isAsciiLetter(c) || isIdentifierMark(c) || isDigit(c)) {
        return true;
      }
      if ((c == ',' || c == '.' || c == '-')
          && end + 1 < text.length()
          && isAsciiLetterOrDigit(text.charAt(end + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterHotlineLabel(String text, int start) {
    int from = start;
    int limit = Math.max(0, start - LABEL_DISTANCE);
    while (from > limit && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r') {
      from--;
    }
    String before = text.substring(from, start);
    for (String label : HOTLINE_LABELS) {
      if (before.contains(label)) {
        return true;
      }
    }
    return false;
  }

  /** The digits of {@code text}, full-width digits read as digits. */
  static String digits(String text) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(digitValue(c));
      }
    }
    return digits.toString();
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static char digitValue(char c) {
    return c <= '9' ? c : (char) ('0' + (c - '０'));
  }

  private static boolean isMarker(char c) {
    return c == '*' || c == '~' || c == '`';
  }

  private static boolean isIdentifierMark(char c) {
    return c == '/' || c == '_' || c == '=' || c == '%' || c == '#' || c == '&' || c == '?'
        || c == '\\' || c == '@';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
