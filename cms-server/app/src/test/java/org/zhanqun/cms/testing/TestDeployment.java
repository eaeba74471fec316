package org.zhanqun.cms.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build produced, unchanged, so the
 * tests exercise exactly what ships. Its context root is the archive name, {@code /zhanqun-cms}.
 */
public final class TestDeployment {

  private static final File WAR = new File("target/zhanqun-cms.war");

  private TestDeployment() {}

  /** The built WAR; fails when the package phase has not produced it. */
  public static WebArchive war() {
    if (!WAR.isFile()) {
      throw new IllegalStateException(
          WAR.getAbsolutePath() + " is missing; run the integration tests with mvn verify");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, WAR);
  }
}
