package org.zhanqun.proofreading;

import java.nio.file.Path;

/**
 * What the proofreader knows: the built-in lists shipped in this module (fixed expressions,
 * classified markings and typos in {@code phrases.tsv}; the administrative divisions in {@code
 * divisions.tsv}, from a named public data set) and, optionally, an operator's file ({@code
 * proofreading.yaml}: officials with their titles and wrong forms, former department names,
 * allow-list, public service numbers, extra phrases). See docs/proofreading.md.
 */
public final class Dictionary {

  /** The name of the operator's file at the root of a content folder. */
  public static final String OPERATOR_FILE = "proofreading.yaml";

  private Dictionary() {}

  /** The built-in lists only. */
  public static Dictionary builtIn() {
    throw new UnsupportedOperationException("to be written");
  }

  /**
   * The built-in lists and the operator's file.
   *
   * @throws DictionaryException naming every bad entry with its file and line
   */
  public static Dictionary withOperatorFile(Path file) throws DictionaryException {
    throw new UnsupportedOperationException("to be written");
  }
}
