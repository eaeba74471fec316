package org.zhanqun.cms.launcher;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

/** The {@code --version} text: the launcher's version from its jar manifest, and the JVM's. */
final class LauncherVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version =
        Optional.ofNullable(Main.class.getPackage().getImplementationVersion())
            .orElse("(development build)");
    return new String[] {
      "zhanqun " + version,
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
