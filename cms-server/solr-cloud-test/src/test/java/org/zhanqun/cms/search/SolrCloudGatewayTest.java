package org.zhanqun.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's {@link SolrGateway} against a real SolrCloud: two Jetty nodes and an embedded
 * ZooKeeper ({@link MiniSolrCloudCluster}) in this JVM, started empty. The gateway uploads the
 * configset the WAR carries, creates the collection with two shards of two replicas, indexes
 * Chinese documents and answers the API's own queries ({@link SearchService#params}).
 */
class SolrCloudGatewayTest {

  private static MiniSolrCloudCluster cloud;
  private static SolrGateway gateway;
  private static boolean createdNow;

  @BeforeAll
  static void startTheCloudAndLetTheGatewayCreateTheCollection() throws Exception {
    Path home = Files.createTempDirectory(Path.of("target"), "solr-cloud");
    cloud = new MiniSolrCloudCluster.Builder(2, home).build();
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner node : cloud.getJettySolrRunners()) {
      urls.add(node.getBaseUrl().toString());
    }
    gateway = SolrGateway.connect(String.join(",", urls), "zhanqun", 2, 2);
    createdNow = gateway.ensureCollection();
    cloud.waitForActiveCollection("zhanqun", 2, 4);
  }

  @AfterAll
  static void stopTheCloud() throws Exception {
    if (gateway != null) {
      gateway.close();
    }
    if (cloud != null) {
      cloud.shutdown();
    }
  }

  @Test
  void uploadsTheConfigsetAndCreatesTheCollectionWithTwoShardsOfTwoReplicas() throws Exception {
    assertThat(createdNow).isTrue();
    assertThat(cloud.getZkClient().exists("/configs/zhanqun/schema.xml", true)).isTrue();
    DocCollection collection = cloud.getSolrClient().getClusterState().getCollection("zhanqun");
    assertThat(collection.getConfigName()).isEqualTo("zhanqun");
    assertThat(collection.getSlices()).hasSize(2);
    assertThat(collection.getReplicas()).hasSize(4);
    SolrGateway second =
        SolrGateway.connect("http://127.0.0.1:" + port(1) + "/solr", "zhanqun", 2, 2);
    try {
      assertThat(second.ensureCollection())
          .as("a second server finds the collection and creates nothing")
          .isFalse();
    } finally {
      second.close();
    }
  }

  @Test
  void indexesChineseDocumentsAcrossTheShardsAndFindsThemWithTheApisQueries() throws Exception {
    List<SolrInputDocument> documents = new ArrayList<>();
    documents.add(document(901, "2025年政府信息公开工作年度报告", "本报告根据《中华人民共和国政府信息公开条例》编制。"));
    documents.add(document(902, "企业开办办事指南", "申请人可在政务服务大厅办理企业开办。"));
    documents.add(document(903, "关于做好防汛工作的通知", "各区县要落实防汛责任，做好汛期值班。"));
    for (int i = 0; i < 20; i++) {
      documents.add(document(1000 + i, "工作动态第" + i + "期", "发展改革委员会召开会议，研究部署重点工作。"));
    }

    gateway.update(documents, List.of());
    gateway.commit();

    assertThat(gateway.documentCount()).isEqualTo(23);
    ModifiableSolrParams perShard = new ModifiableSolrParams();
    perShard.set("q", "*:*");
    perShard.set("rows", 0);
    perShard.set("shards.info", true);
    QueryResponse counts = gateway.query(perShard);
    assertThat(((org.apache.solr.common.util.NamedList<?>) counts.getResponse().get("shards.info")))
        .as("documents on both shards")
        .hasSize(2);

    QueryResponse disclosure = gateway.query(params("信息公开"));
    assertThat(disclosure.getResults()).extracting(d -> d.get("id")).containsExactly("901");
    // SearchService.view joins adjacent marks; Solr marks each smartcn word
    assertThat(disclosure.getHighlighting().get("901").get("title_zh"))
        .singleElement()
        .asString()
        .contains("<mark>信息</mark><mark>公开</mark>");
    assertThat(gateway.query(params("办事指南")).getResults())
        .extracting(d -> d.get("id"))
        .containsExactly("902");
    assertThat(gateway.query(params("防汛")).getResults())
        .extracting(d -> d.get("id"))
        .containsExactly("903");
  }

  private static ModifiableSolrParams params(String words) {
    return SolrSearchRequest.of(
        SearchQuery.parse(words, "fgw", null, null, "zh-CN", null, null, null, null, null, null));
  }

  private static SolrInputDocument document(long id, String title, String body) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", Long.toString(id));
    doc.setField("item_id", id);
    doc.setField("site", "fgw");
    doc.setField("type", "news");
    doc.setField("language", "zh-CN");
    doc.setField("url", "/fgw/news/" + id + ".html");
    doc.setField("published", Date.from(Instant.parse("2026-03-01T02:00:00Z")));
    doc.setField("published_year", "2026");
    doc.setField("title_zh", title);
    doc.setField("body_zh", body);
    return doc;
  }

  private static int port(int node) {
    return cloud.getJettySolrRunners().get(node).getLocalPort();
  }
}
