package org.zhanqun.model.item;

/**
 * The size limits of an item's texts and files, the same at every door (docs/content-format.md).
 * Texts are counted in characters as the doors count them; constants so that Bean Validation
 * annotations can name them.
 */
public final class ItemLimits {

  public static final int TITLE = 500;
  public static final int SUMMARY = 2000;
  public static final int SOURCE = 200;
  public static final int TAGS = 30;
  public static final int TAG = 50;
  public static final int KEYWORDS = 20;
  public static final int BODY = 1_000_000;
  public static final int FILE_NAME = 200;

  /** A form's file in content files; the server's uploads have their own setting. */
  public static final long FORM_FILE_BYTES = 20L * 1024 * 1024;

  private ItemLimits() {}
}
