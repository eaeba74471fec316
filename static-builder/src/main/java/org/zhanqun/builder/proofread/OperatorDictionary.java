package org.zhanqun.builder.proofread;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;

/**
 * Which dictionary proofreads a content folder: the built-in lists and the operator's file, which
 * is the one named on the command line, else {@code proofreading.yaml} at the folder's root when
 * there is one.
 */
public final class OperatorDictionary {

  private OperatorDictionary() {}

  /**
   * @param content the content folder
   * @param file the operator's file named on the command line, if any
   * @throws DictionaryException when a file is unusable, naming every bad entry with file and line
   * @throws IllegalArgumentException when {@code file} is given but is not a readable file
   */
  public static Dictionary of(Path content, Optional<Path> file) throws DictionaryException {
    if (file.isPresent()) {
      Path named = file.get();
      if (!Files.isRegularFile(named) || !Files.isReadable(named)) {
        throw new IllegalArgumentException(named + " is not a readable file");
      }
      return Dictionary.withOperatorFile(named);
    }
    return Dictionary.forContentFolder(content);
  }
}
