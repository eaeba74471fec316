package org.zhanqun.cms.launcher.runtime;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the launcher runs in child processes, in the {@code runtime/} folder next to {@code
 * zhanqun.jar} (the build copies them there).
 *
 * @param payaraMicroJar the Payara Micro 6 jar
 * @param cmsWar the content server WAR
 */
public record Installation(Path payaraMicroJar, Path cmsWar) {

  /** The files in {@code runtimeDir}, whether or not they exist. */
  public static Installation in(Path runtimeDir) {
    return new Installation(
        runtimeDir.resolve("payara-micro.jar"), runtimeDir.resolve("zhanqun-cms.war"));
  }

  /**
   * The files next to the launcher's own code: {@code <dir of zhanqun.jar>/runtime}, or {@code
   * target/runtime} when running from {@code target/classes}.
   */
  public static Installation besideLauncher() {
    try {
      Path code =
          Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return in(code.toAbsolutePath().getParent().resolve("runtime"));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the launcher's own code", e);
    }
  }

  /**
   * @throws StartupException naming the first missing file
   */
  public Installation requireComplete() {
    for (Path file : new Path[] {payaraMicroJar, cmsWar}) {
      if (!Files.isRegularFile(file)) {
        throw new StartupException(
            file
                + " is missing; rebuild with ./mvnw install -DskipTests -pl cms-server/launcher"
                + " -am (./zhanqun does this by itself)");
      }
    }
    return this;
  }
}
