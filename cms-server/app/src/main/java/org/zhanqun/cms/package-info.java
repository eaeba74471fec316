/**
 * The content server of a government website cluster. This package holds only the JAX-RS
 * application; each feature (site, content, workflow, history, attachment, security) has its own
 * package, and {@code infrastructure} holds what no feature owns.
 */
package org.zhanqun.cms;
