package org.zhanqun.solrnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import javax.servlet.DispatcherType;
import javax.servlet.ServletContextEvent;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.apache.solr.servlet.CoreContainerProvider;
import org.apache.solr.servlet.SolrDispatchFilter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Runs one standalone Solr node on 127.0.0.1 until the process is terminated.
 *
 * <p>Usage: {@code SolrNodeMain <port> <solr home>}. At start it creates the solr home when missing
 * (with a minimal {@code solr.xml}), installs the configsets shipped in this jar under {@code <solr
 * home>/configsets/} (replacing older copies, so a new schema arrives with a new build), starts
 * Jetty with Solr at {@code /solr} and prints {@value #READY} followed by the base URL. Cores are
 * not created here: the content server creates its core through the Core Admin API when it is
 * missing, as it would on an external node. SIGTERM stops Jetty, which closes the cores.
 *
 * <p>Authentication: with the environment variables {@value #USER_VARIABLE} and {@value
 * #PASSWORD_VARIABLE} set (in the environment, so that the password shows in no process list), the
 * node writes a {@code security.json} at each start: Solr's BasicAuthPlugin with {@code
 * blockUnknown}, that one user (its password salted and hashed as Solr does) and every permission
 * for it; any request without those credentials, to the admin or the query API alike, gets 401.
 * Without them the node removes a {@code security.json} left from an earlier start and runs open.
 */
public final class SolrNodeMain {

  /** Printed on standard output once the node answers requests. */
  public static final String READY = "Zhanqun Solr node ready at ";

  /** The configsets this jar carries, each with the files of its {@code conf/} folder. */
  private static final List<String> CONFIGSET_FILES =
      List.of(
          "zhanqun/conf/solrconfig.xml",
          "zhanqun/conf/schema.xml",
          "zhanqun/conf/stopwords_en.txt",
          "zhanqun/conf/stopwords_zh.txt",
          "zhanqun/conf/protwords.txt");

  private static final String SOLR_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Written by the Zhanqun Solr node; kept between runs. -->
      <solr>
        <int name="maxBooleanClauses">${solr.max.booleanClauses:1024}</int>
        <str name="allowPaths">${solr.allowPaths:}</str>
        <str name="configSetBaseDir">${configSetBaseDir:configsets}</str>
      </solr>
      """;

  /** The user the node requires, from the environment. */
  public static final String USER_VARIABLE = "ZHANQUN_SOLR_NODE_USER";

  /** That user's password, from the environment. */
  public static final String PASSWORD_VARIABLE = "ZHANQUN_SOLR_NODE_PASSWORD";

  private SolrNodeMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SolrNodeMain <port> <solr home>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]).toAbsolutePath().normalize();
    prepareHome(home);
    String user = System.getenv(USER_VARIABLE);
    String password = System.getenv(PASSWORD_VARIABLE);
    boolean secured = user != null && !user.isBlank() && password != null && !password.isEmpty();
    writeSecurity(home, secured ? user : null, password);
    Server server = start(port, home);
    String baseUrl = "http://127.0.0.1:" + port + "/solr";
    String authorization =
        secured
            ? "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
            : null;
    if (!answers(baseUrl + "/admin/info/system?wt=json", authorization)) {
      System.err.println("Solr did not start; see the messages above");
      server.stop();
      System.exit(1);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                },
                "solr-node-stop"));
    System.out.println(READY + baseUrl);
    System.out.flush();
    server.join();
  }

  /**
   * Writes {@code security.json} into {@code home} for {@code user} (basic authentication for every
   * request), or removes it when {@code user} is null.
   */
  static void writeSecurity(Path home, String user, String password) throws IOException {
    Path file = home.resolve("security.json");
    if (user == null) {
      Files.deleteIfExists(file);
      return;
    }
    if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException(USER_VARIABLE + " must be letters, digits, . _ or -");
    }
    String json =
        """
        {
          "authentication": {
            "class": "solr.BasicAuthPlugin",
            "blockUnknown": true,
            "forwardCredentials": false,
            "credentials": {"%1$s": "%2$s"}
          },
          "authorization": {
            "class": "solr.RuleBasedAuthorizationPlugin",
            "permissions": [{"name": "all", "role": "admin"}],
            "user-role": {"%1$s": ["admin"]}
          }
        }
        """
            .formatted(user, Sha256AuthenticationProvider.getSaltedHashedValue(password));
    Path temporary = home.resolve("security.json.tmp");
    Files.writeString(temporary, json, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static boolean answers(String url, String authorization) throws InterruptedException {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      HttpResponse<Void> response =
          HttpClient.newHttpClient().send(request.build(), BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** Creates {@code home} and its {@code solr.xml} when missing and installs the configsets. */
  static void prepareHome(Path home) throws IOException {
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      Files.writeString(solrXml, SOLR_XML, StandardCharsets.UTF_8);
    }
    for (String file : CONFIGSET_FILES) {
      Path target = home.resolve("configsets").resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = SolrNodeMain.class.getResourceAsStream("/solr/configsets/" + file)) {
        if (in == null) {
          throw new IllegalStateException("configset file " + file + " is missing from the jar");
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static Server start(int port, Path home) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("solr-jetty");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    connector.setReuseAddress(true);
    server.addConnector(connector);

    ServletContextHandler root = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    root.setContextPath("/solr");
    Properties nodeProperties = new Properties();
    nodeProperties.setProperty("hostPort", Integer.toString(port));
    // Solr reads its home and node properties from the servlet context, then starts the cores.
    root.addEventListener(
        new CoreContainerProvider() {
          @Override
          public void contextInitialized(ServletContextEvent event) {
            event
                .getServletContext()
                .setAttribute(SolrDispatchFilter.PROPERTIES_ATTRIBUTE, nodeProperties);
            event
                .getServletContext()
                .setAttribute(SolrDispatchFilter.SOLRHOME_ATTRIBUTE, home.toString());
            super.contextInitialized(event);
          }
        });
    root.addFilter(SolrDispatchFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
    root.addServlet(DefaultServlet.class, "/");
    server.setHandler(root);
    server.setStopAtShutdown(false);
    server.setStopTimeout(10_000);
    try {
      server.start();
    } catch (IOException e) {
      server.stop();
      throw new UncheckedIOException("Solr cannot listen on 127.0.0.1:" + port, e);
    }
    return server;
  }
}
