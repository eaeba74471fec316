package org.zhanqun.cms.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Replaces the Payara Micro container with {@link SharedDeploymentContainer}; registered in {@code
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class SharedDeploymentExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class,
        PayaraMicroDeployableContainer.class,
        SharedDeploymentContainer.class);
  }
}
