package org.zhanqun.cms.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a black-box integration test of the deployed WAR. The order of the extensions matters and
 * is the order JUnit registers them in: the embedded MariaDB starts first, then Arquillian deploys
 * the WAR on Payara Micro, which connects to it at start-up.
 *
 * <p>A test class still declares its {@code @Deployment(testable = false)} method returning {@link
 * TestDeployment#war()}; every class gets the same running server ({@link
 * SharedDeploymentContainer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({EmbeddedMariaDbExtension.class, ArquillianExtension.class})
public @interface ZhanqunIT {}
