package org.zhanqun.cms.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Values no other test uses, so that tests sharing one database stay independent: slugs, 索引号 and
 * the like, each with a random part.
 */
public final class Unique {

  private Unique() {}

  /** {@code prefix-} and ten random lower-case hex digits, a valid slug. */
  public static String slug(String prefix) {
    return prefix + "-" + hex(10);
  }

  /** A valid 索引号 with a random serial: {@code 11220100MB1234567X/2024-nnnnnnnn}. */
  public static String indexNo() {
    return "11220100MB1234567X/2024-" + digits(8);
  }

  /** {@code prefix} and six random hex digits, for a title or name. */
  public static String text(String prefix) {
    return prefix + " " + hex(6);
  }

  /** A site id: a letter and seven random lower-case hex digits. */
  public static String siteId() {
    return "t" + hex(7);
  }

  private static String hex(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(Character.forDigit(ThreadLocalRandom.current().nextInt(16), 16));
    }
    return text.toString();
  }

  private static String digits(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ThreadLocalRandom.current().nextInt(10));
    }
    return text.toString();
  }
}
