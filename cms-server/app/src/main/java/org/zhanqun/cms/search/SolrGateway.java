package org.zhanqun.cms.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one connection to Solr, over HTTP with SolrJ, whether the node is the embedded one, an
 * external standalone node or a SolrCloud cluster (several node URLs, or a load balancer's). Built
 * once; thread-safe.
 *
 * <p>Each call goes to the current node; when it cannot be reached the next configured URL is
 * tried, so with SolrCloud any live node serves (Solr routes updates to the shard leaders and fans
 * queries out itself). The collection (a core on a standalone node) is created on first use when
 * missing: on SolrCloud after uploading the configset this WAR carries; on a standalone node from
 * the configset {@code zhanqun} that must be in the node's {@code configsets/} folder (the embedded
 * node installs it).
 */
@ApplicationScoped
public class SolrGateway {

  /** The name of the configset in the repository and on Solr. */
  static final String CONFIGSET = "zhanqun";

  private static final List<String> CONFIGSET_FILES =
      List.of(
          "solrconfig.xml", "schema.xml", "stopwords_en.txt", "stopwords_zh.txt", "protwords.txt");

  private static final Logger LOG = Logger.getLogger(SolrGateway.class.getName());

  @Inject
  @ConfigProperty(name = "zhanqun.solr.url")
  String urls;

  @Inject
  @ConfigProperty(name = "zhanqun.solr.collection")
  String collection;

  @Inject
  @ConfigProperty(name = "zhanqun.solr.shards")
  int shards;

  @Inject
  @ConfigProperty(name = "zhanqun.solr.replicas")
  int replicas;

  @Inject
  @ConfigProperty(name = "zhanqun.solr.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "zhanqun.solr.password")
  Optional<String> password;

  /** Searches run on Solr at once; 0: one per core of this machine and one more. */
  @Inject
  @ConfigProperty(name = "zhanqun.search.concurrent-queries")
  int concurrentQueries;

  /** How long a search waits for its turn before it is answered 503. */
  @Inject
  @ConfigProperty(name = "zhanqun.search.max-wait")
  Duration maxWait;

  private QueryAdmission admission;

  private List<SolrClient> clients;
  private List<String> baseUrls;
  private volatile int current;
  private volatile boolean collectionReady;

  /** A request to one node. */
  @FunctionalInterface
  interface Call<T> {
    T on(SolrClient client) throws SolrServerException, IOException;
  }

  @PostConstruct
  void open() {
    baseUrls =
        Arrays.stream(urls.split(","))
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
            .toList();
    if (baseUrls.isEmpty()) {
      throw new IllegalStateException("zhanqun.solr.url names no Solr URL");
    }
    clients = new ArrayList<>();
    for (String url : baseUrls) {
      clients.add(client(url, user, password));
    }
    admission =
        new QueryAdmission(
            concurrentQueries > 0 ? concurrentQueries : QueryAdmission.defaultConcurrency(),
            maxWait);
  }

  /**
   * A gateway outside the container (the SolrCloud test, the search benchmark), configured as the
   * server configures its own: no authentication, searches admitted as by default.
   *
   * @param urls node URLs, comma-separated
   */
  public static SolrGateway connect(String urls, String collection, int shards, int replicas) {
    SolrGateway gateway = new SolrGateway();
    gateway.urls = urls;
    gateway.collection = collection;
    gateway.shards = shards;
    gateway.replicas = replicas;
    gateway.user = Optional.empty();
    gateway.password = Optional.empty();
    gateway.concurrentQueries = 0;
    gateway.maxWait = Duration.ofSeconds(5);
    gateway.open();
    return gateway;
  }

  /** A SolrJ client for one node URL, as the server configures it. */
  public static SolrClient client(String url, Optional<String> user, Optional<String> password) {
    Http2SolrClient.Builder builder =
        new Http2SolrClient.Builder(url)
            .withConnectionTimeout(2, TimeUnit.SECONDS)
            .withRequestTimeout(60, TimeUnit.SECONDS)
            .useHttp1_1(true);
    if (user.isPresent()) {
      builder.withBasicAuthCredentials(user.get(), password.orElse(""));
    }
    return builder.build();
  }

  @PreDestroy
  public void close() {
    for (SolrClient client : clients) {
      try {
        client.close();
      } catch (IOException e) {
        LOG.fine(() -> "closing a Solr client: " + e);
      }
    }
  }

  /** The collection (or core) name. */
  String collection() {
    return collection;
  }

  /**
   * Runs {@code call} on the current node, moving to the next configured node when one cannot be
   * reached.
   *
   * @throws SearchUnavailableException when no node answers, or Solr answers with a server error
   */
  <T> T call(Call<T> call) {
    Exception last = null;
    int start = current;
    // One attempt more than there are nodes: a kept-alive connection the node closes just as a
    // request goes out fails that request; a second attempt on the same node gets a fresh
    // connection. Every request sent here is idempotent.
    for (int i = 0; i <= clients.size(); i++) {
      int index = (start + i) % clients.size();
      try {
        T result = call.on(clients.get(index));
        current = index;
        return result;
      } catch (SolrServerException | IOException e) {
        last = e;
      } catch (SolrException e) {
        if (e.code() == 404) {
          collectionReady = false;
          throw new SearchUnavailableException("the index " + collection + " does not exist", e);
        }
        if (e.code() < 500) {
          throw e;
        }
        last = e;
      }
    }
    throw new SearchUnavailableException(
        "Solr at " + String.join(", ", baseUrls) + " does not answer (" + last.getMessage() + ")",
        last);
  }

  /** Queries the collection, when {@link QueryAdmission} lets it run. */
  public QueryResponse query(SolrParams params) {
    return admission.run(
        () -> call(client -> client.query(collection, params, SolrRequest.METHOD.POST)));
  }

  /**
   * Adds (replacing) {@code documents} and deletes {@code deletedIds} in one request; they become
   * visible within the configset's soft-commit time (one second).
   */
  void update(Collection<SolrInputDocument> documents, Collection<String> deletedIds) {
    if (documents.isEmpty() && deletedIds.isEmpty()) {
      return;
    }
    UpdateRequest request = new UpdateRequest();
    if (!documents.isEmpty()) {
      request.add(documents);
    }
    if (!deletedIds.isEmpty()) {
      request.deleteById(new ArrayList<>(deletedIds));
    }
    call(client -> request.process(client, collection));
  }

  /** Deletes every document; used by a full reindex with {@code clear}. */
  void deleteAll() {
    call(client -> client.deleteByQuery(collection, "*:*"));
  }

  /** Makes everything sent so far visible now (tests, the end of a reindex). */
  void commit() {
    call(client -> client.commit(collection, true, true, true));
  }

  /**
   * Creates the collection (or core) when it does not exist yet.
   *
   * @return true when it was created now (its index is then empty)
   * @throws SearchUnavailableException when Solr cannot be reached
   */
  boolean ensureCollection() {
    if (collectionReady) {
      return false;
    }
    boolean created = call(this::ensureCollectionOn);
    collectionReady = true;
    return created;
  }

  private boolean ensureCollectionOn(SolrClient client) throws SolrServerException, IOException {
    NamedList<Object> info =
        client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/system"));
    if ("solrcloud".equals(info.get("mode"))) {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      if (existing.contains(collection)) {
        return false;
      }
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(CONFIGSET);
      upload.setOverwrite(true);
      ContentStreamBase.ByteArrayStream zip =
          new ContentStreamBase.ByteArrayStream(
              configsetZip(), CONFIGSET + ".zip", "application/zip");
      upload.setUploadStream(zip);
      upload.process(client);
      CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas)
          .process(client);
      LOG.info(
          () ->
              "created SolrCloud collection "
                  + collection
                  + " ("
                  + shards
                  + " shards x "
                  + replicas
                  + " replicas, configset "
                  + CONFIGSET
                  + ")");
      return true;
    }
    CoreAdminResponse status = CoreAdminRequest.getStatus(collection, client);
    NamedList<Object> core = status.getCoreStatus(collection);
    if (core != null && core.get("name") != null) {
      return false;
    }
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName(collection);
    create.setInstanceDir(collection);
    create.setConfigSet(CONFIGSET);
    create.process(client);
    LOG.info(() -> "created Solr core " + collection + " with configset " + CONFIGSET);
    return true;
  }

  /** The configset in this WAR as a zip, as the ConfigSets API takes it. */
  static byte[] configsetZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : CONFIGSET_FILES) {
        try (InputStream in =
            SolrGateway.class.getResourceAsStream(
                "/solr/configsets/" + CONFIGSET + "/conf/" + file)) {
          if (in == null) {
            throw new IllegalStateException("configset file " + file + " is missing from the WAR");
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot zip the configset", e);
    }
    return bytes.toByteArray();
  }

  /** How many documents the index holds; for the status and the tests. */
  long documentCount() {
    return query(new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0))
        .getResults()
        .getNumFound();
  }
}
