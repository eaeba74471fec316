/**
 * A standalone Solr 9 node for embedded mode and the tests: Jetty 10 with Solr's dispatch filter,
 * the solr home in a work folder, Zhanqun's configset installed at each start. Runs in a JVM of its
 * own ({@code org.zhanqun.embedded.EmbeddedSolr} starts it); nothing here is used by the server.
 */
package org.zhanqun.solrnode;
