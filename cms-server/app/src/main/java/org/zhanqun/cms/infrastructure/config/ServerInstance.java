package org.zhanqun.cms.infrastructure.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This server process among the instances that share one database: its host name and process id,
 * which the publish log and audit runs record as who ran them.
 */
public record ServerInstance(String host, long pid) {

  /** The running process. */
  public static ServerInstance current() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return new ServerInstance(host, ProcessHandle.current().pid());
  }

  /** {@code host:pid}. */
  public String name() {
    return host + ":" + pid;
  }
}
