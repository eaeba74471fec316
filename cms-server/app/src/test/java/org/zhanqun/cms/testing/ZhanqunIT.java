package org.zhanqun.cms.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a black-box integration test of the deployed WAR. The order of the extensions matters and
 * is the order JUnit registers them in: the Solr node's JVM is launched first (it boots while
 * MariaDB starts), then the embedded MariaDB starts, then Arquillian deploys the WAR on Payara
 * Micro, which connects to both.
 *
 * <p>A test class still declares its {@code @Deployment(testable = false)} method returning {@link
 * TestDeployment#war()}; every class gets the same running server ({@link
 * SharedDeploymentContainer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({
  EmbeddedSolrExtension.class,
  EmbeddedMariaDbExtension.class,
  ArquillianExtension.class
})
public @interface ZhanqunIT {}
