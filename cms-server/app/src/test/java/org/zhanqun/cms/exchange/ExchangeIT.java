package org.zhanqun.cms.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;
import static org.zhanqun.cms.testing.JsonBody.object;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.ExchangeFolders;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.Cluster;
import org.zhanqun.model.site.Column;
import org.zhanqun.model.site.Site;

/**
 * Imports the demo cluster of the project's {@code content/} folder, copied into the server's
 * exchange folder, into the shared database (every test imports it; after the first import nothing
 * changes), and exports it again; nothing outside the exchange folder is read or written.
 */
@ZhanqunIT
class ExchangeIT {

  private static final Logger LOG = Logger.getLogger(ExchangeIT.class.getName());
  private static final Path DEMO_CLUSTER = ExchangeFolders.DEMO_CLUSTER;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  @TempDir Path temp;

  private ApiClient anonymous;
  private ApiClient admin;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    admin = anonymous.as(DemoUser.ADMIN);
  }

  @Test
  void importsTheDemoClusterWithItsSitesColumnsAndItems() throws Exception {
    ContentSet demo = new ContentReader().read(DEMO_CLUSTER);

    JsonObject report = importDemoCluster();

    JsonObject items = report.getJsonObject("items");
    assertThat(items.getInt("created") + items.getInt("updated") + items.getInt("unchanged"))
        .isEqualTo(demo.items().size());
    JsonObject cluster = anonymous.get("cluster").json();
    assertThat(cluster.getString("id")).isEqualTo("changchun");
    assertThat(cluster.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("zh-CN", "en", "ru");
    JsonObject fgw = anonymous.get("sites/fgw").json();
    assertThat(fgw.getJsonObject("names").getString("zh-CN")).isEqualTo("长春市发展和改革委员会");
    assertThat(fgw.getString("path")).isEqualTo("fgw/");
    assertThat(anonymous.get("sites/wsj")).hasStatus(200);
    long normative = anonymous.columnId("fgw", "normative");
    assertThat(anonymous.get("sites/fgw/columns/" + normative).json().getString("category"))
        .isEqualTo("policy");

    JsonObject policy = item("fgw", "policy", "zh-CN", "dingjia-chengben-jianshen-guize");
    assertThat(policy.getString("status")).isEqualTo("published");
    assertThat(policy.getBoolean("live")).isTrue();
    Item file =
        demo.items().stream()
            .filter(i -> i.site().equals("fgw") && i.slug().equals(policy.getString("slug")))
            .filter(i -> i.language().equals("zh-CN"))
            .findFirst()
            .orElseThrow();
    assertThat(policy.getJsonObject("policy").getString("indexNo"))
        .isEqualTo(file.policy().indexNo().value());
    assertThat(policy.getString("firstPublishedAt"))
        .isEqualTo(file.published().toInstant().toString());
  }

  @Test
  void linksAPolicyAndItsInterpretationBothWays() {
    importDemoCluster();

    JsonObject interpretation =
        item("fgw", "interpretation", "zh-CN", "dingjia-chengben-jianshen-guize-wenda");
    JsonObject policy = item("fgw", "policy", "zh-CN", "dingjia-chengben-jianshen-guize");

    assertThat(interpretation.getString("interpretationForm")).isEqualTo("qa");
    assertThat(ids(interpretation, "interprets"))
        .containsExactly(policy.getJsonNumber("id").longValue());
    assertThat(ids(policy, "interpretations"))
        .contains(interpretation.getJsonNumber("id").longValue());
  }

  @Test
  void offersAGuidesFormWithItsFileForDownload() throws Exception {
    importDemoCluster();

    JsonObject guide = item("fgw", "guide", "zh-CN", "dingjia-chengben-jianshen");
    JsonObject form = item("fgw", "form", "zh-CN", "dingjia-chengben-jianshen-shenqingbiao");

    long formId = form.getJsonNumber("id").longValue();
    assertThat(ids(guide, "forms")).containsExactly(formId);
    byte[] expected = Files.readAllBytes(DEMO_CLUSTER.resolve("fgw/forms/files/定价成本监审申请表.docx"));
    JsonObject file = form.getJsonObject("file");
    assertThat(file.getString("fileName")).isEqualTo("定价成本监审申请表.docx");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(expected.length);
    assertThat(file.getString("sha256")).isEqualTo(sha256(expected));
    ApiResponse download = anonymous.get("public/items/" + formId + "/file");
    assertThat(download).hasStatus(200);
    assertThat(download.body()).isEqualTo(expected);
  }

  @Test
  void importingTheSameFolderAgainChangesNothing() {
    importDemoCluster();
    JsonObject before = item("fgw", "guide", "zh-CN", "dingjia-chengben-jianshen");
    long id = before.getJsonNumber("id").longValue();
    int events = admin.get("items/" + id + "/workflow/history").array().size();

    JsonObject again = importDemoCluster();

    assertThat(again.getBoolean("clusterChanged")).isFalse();
    for (String counted : List.of("sites", "columns", "items")) {
      assertThat(again.getJsonObject(counted).getInt("created")).as(counted).isZero();
      assertThat(again.getJsonObject(counted).getInt("updated")).as(counted).isZero();
    }
    assertThat(again.getInt("filesStored")).isZero();
    JsonObject after = admin.get("items/" + id).json();
    assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
    assertThat(after.getInt("revision")).isEqualTo(before.getInt("revision"));
    assertThat(admin.get("items/" + id + "/revisions").array()).hasSize(before.getInt("revision"));
    assertThat(admin.get("items/" + id + "/workflow/history").array()).hasSize(events);
  }

  @Test
  void recordsTheImportInTheItemsHistoryAndTrail() {
    importDemoCluster();
    long id = item("fgw", "news", "zh-CN", "dongbei-quyu-hezuo").getJsonNumber("id").longValue();

    List<JsonObject> trail =
        admin.get("items/" + id + "/workflow/history").array().getValuesAs(JsonObject.class);
    List<JsonObject> revisions =
        admin.get("items/" + id + "/revisions").array().getValuesAs(JsonObject.class);

    assertThat(trail).isNotEmpty();
    assertThat(trail.get(0).getString("action")).isEqualTo("import");
    assertThat(trail.get(0).getString("actor")).isEqualTo("admin");
    assertThat(trail.get(0).getString("to")).isEqualTo("published");
    assertThat(revisions.get(revisions.size() - 1).getString("note")).isEqualTo("imported");
  }

  @Test
  void exportsThePublishedStateSoThatNoFieldOfTheDemoClusterIsLost() throws Exception {
    importDemoCluster();
    String name = ExchangeFolders.newName("export");
    Path folder = ExchangeFolders.root().resolve(name);

    ApiResponse exported = admin.post("exchange/export", object("folder", name));

    assertThat(exported).hasStatus(200);
    assertThat(exported.json().getString("folder")).isEqualTo(name);
    LOG.info(() -> "export: " + exported.json());
    ContentSet demo = new ContentReader().read(DEMO_CLUSTER);
    ContentSet copy = new ContentReader().read(folder);
    Cluster demoCluster = demo.cluster();
    Cluster copyCluster = copy.cluster();
    assertThat(copyCluster.id()).isEqualTo(demoCluster.id());
    assertThat(copyCluster.names()).isEqualTo(demoCluster.names());
    assertThat(copyCluster.baseUrl()).isEqualTo(demoCluster.baseUrl());
    assertThat(copyCluster.languages()).isEqualTo(demoCluster.languages());
    assertThat(copyCluster.timeZone()).isEqualTo(demoCluster.timeZone());
    for (Site site : demoCluster.sites()) {
      Site exportedSite = copyCluster.site(site.id()).orElseThrow();
      assertThat(withoutColumns(exportedSite)).isEqualTo(withoutColumns(site));
      Map<String, Column> columns =
          exportedSite.allColumns().stream()
              .collect(Collectors.toMap(Column::code, Function.identity()));
      for (Column column : site.allColumns()) {
        assertThat(withoutChildren(columns.get(column.code()))).isEqualTo(withoutChildren(column));
      }
    }
    Map<String, Item> copies =
        copy.items().stream().collect(Collectors.toMap(Item::file, Function.identity()));
    for (Item item : demo.items().stream().filter(i -> !i.draft()).toList()) {
      assertThat(copies).containsKey(item.file());
      assertThat(comparable(copies.get(item.file()))).isEqualTo(comparable(item));
    }
  }

  @Test
  void refusesToExportIntoAFolderThatIsNotEmpty() throws Exception {
    String name = ExchangeFolders.newName("full");
    Files.createDirectories(ExchangeFolders.root().resolve(name));
    Files.writeString(ExchangeFolders.root().resolve(name).resolve("keep.txt"), "keep");

    ApiResponse refused = admin.post("exchange/export", object("folder", name));

    assertThat(refused).hasStatus(409).hasErrorOn("folder");
  }

  @Test
  void refusesToExportOntoAFileAndLeavesItAlone() throws Exception {
    String name = ExchangeFolders.newName("file") + ".txt";
    Path file = ExchangeFolders.root().resolve(name);
    Files.writeString(file, "keep");

    ApiResponse refused = admin.post("exchange/export", object("folder", file.toString()));

    assertThat(refused).hasStatus(400).hasErrorOn("folder");
    assertThat(file).hasContent("keep");
  }

  @Test
  void refusesFoldersOutsideTheExchangeFolderWithoutReadingOrWritingThem() throws Exception {
    Path outside = temp.resolve("outside");

    for (String folder :
        List.of(
            DEMO_CLUSTER.toString(),
            "../../content",
            ExchangeFolders.newName("x") + "/../../content",
            "/etc")) {
      assertThat(admin.post("exchange/import", object("folder", folder)))
          .as(folder)
          .hasStatus(400)
          .hasErrorOn("folder");
    }
    ApiResponse exportRefused = admin.post("exchange/export", object("folder", outside.toString()));
    ApiResponse climbRefused =
        admin.post("exchange/export", object("folder", "../" + ExchangeFolders.newName("up")));

    assertThat(exportRefused).hasStatus(400).hasErrorOn("folder");
    assertThat(climbRefused).hasStatus(400).hasErrorOn("folder");
    assertThat(outside).doesNotExist();
    assertThat(exportRefused.text()).doesNotContain(ExchangeFolders.root().toString());
  }

  @Test
  void refusesSymbolicLinksThatLeadOutOfTheExchangeFolder() throws Exception {
    Path root = ExchangeFolders.root();
    String linkedFolder = ExchangeFolders.newName("linked");
    Files.createSymbolicLink(root.resolve(linkedFolder), DEMO_CLUSTER);
    String withLinkedFile = ExchangeFolders.copyOfTheDemoCluster();
    Path secret = temp.resolve("secret.yaml");
    Files.writeString(secret, "not: content");
    Path clusterFile = root.resolve(withLinkedFile).resolve("cluster.yaml");
    Files.delete(clusterFile);
    Files.createSymbolicLink(clusterFile, secret);
    Path outside = Files.createDirectories(temp.resolve("target"));
    String linkedTarget = ExchangeFolders.newName("out");
    Files.createSymbolicLink(root.resolve(linkedTarget), outside);

    // named by absolute paths inside the exchange folder, which are allowed
    ApiResponse linkedImport =
        admin.post("exchange/import", object("folder", root.resolve(linkedFolder).toString()));
    ApiResponse linkedFileImport =
        admin.post("exchange/import", object("folder", root.resolve(withLinkedFile).toString()));
    ApiResponse linkedExport =
        admin.post("exchange/export", object("folder", root.resolve(linkedTarget).toString()));
    ApiResponse belowLinkExport =
        admin.post(
            "exchange/export",
            object("folder", root.resolve(linkedTarget).resolve("export").toString()));

    assertThat(linkedImport).hasStatus(400).hasErrorOn("folder");
    assertThat(linkedFileImport).hasStatus(400).hasErrorOn("folder");
    assertThat(linkedFileImport.text()).doesNotContain("not: content");
    assertThat(linkedExport).hasStatus(400).hasErrorOn("folder");
    assertThat(belowLinkExport).hasStatus(400).hasErrorOn("folder");
    try (var written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void refusesABrokenFolderWithEveryProblemAndStoresNothing() throws Exception {
    String site = Unique.siteId();
    String broken = ExchangeFolders.newName("broken");
    write(
        broken,
        "cluster.yaml",
        """
        id: broken
        names: { zh-CN: 坏的 }
        baseUrl: https://broken.example.gov.cn/
        defaultLanguage: zh-CN
        languages: [zh-CN]
        timeZone: Asia/Shanghai
        sites: [%s]
        """
            .formatted(site));
    write(
        broken,
        site + "/site.yaml",
        """
        kind: portal
        names: { zh-CN: 坏站 }
        department: 坏站
        path: ""
        theme: portal
        languages: [zh-CN]
        """);
    write(
        broken,
        site + "/columns.yaml",
        """
        - code: news
          names: { zh-CN: 新闻 }
          category: dynamic
          types: [news]
        """);
    String file = site + "/news/broken.zh-CN.md";
    write(
        broken,
        file,
        """
        ---
        type: newz
        title: 坏的
        published: 2026-13-45T09:00
        ---
        正文
        """);
    String clusterBefore = anonymous.get("cluster").json().getString("id");

    ApiResponse refused = admin.post("exchange/import", object("folder", broken));

    assertThat(refused).hasStatus(400).hasErrorOn(file + ":2").hasErrorOn(file + ":4");
    assertThat(anonymous.get("sites/" + site)).hasStatus(404);
    assertThat(anonymous.get("cluster").json().getString("id")).isEqualTo(clusterBefore);
  }

  @Test
  void onlyAdministratorsImportAndExport() {
    ApiClient editor = anonymous.as(DemoUser.EDITOR_FGW);
    JsonObject request = object("folder", ExchangeFolders.copyOfTheDemoCluster());
    JsonObject export = object("folder", ExchangeFolders.newName("export"));

    assertThat(anonymous.post("exchange/import", request)).hasStatus(401);
    assertThat(editor.post("exchange/import", request)).hasStatus(403);
    assertThat(anonymous.post("exchange/export", export)).hasStatus(401);
    assertThat(editor.post("exchange/export", export)).hasStatus(403);
    assertThat(ExchangeFolders.root().resolve(export.getString("folder"))).doesNotExist();
  }

  private JsonObject importDemoCluster() {
    long started = System.nanoTime();
    // the demo's planted blocking findings are in a draft, which an import never refuses
    ApiResponse imported =
        admin.post("exchange/import", object("folder", ExchangeFolders.copyOfTheDemoCluster()));
    assertThat(imported).hasStatus(200);
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(() -> "import of the demo cluster: " + millis + " ms: " + imported.json());
    return imported.json();
  }

  /** The editorial view of the item of the site with the slug in the language. */
  private JsonObject item(String site, String type, String language, String slug) {
    for (int page = 1; ; page++) {
      ApiResponse list =
          admin.get(
              "items?site="
                  + site
                  + "&type="
                  + type
                  + "&language="
                  + language
                  + "&size=100&page="
                  + page);
      assertThat(list).hasStatus(200);
      for (JsonObject item : list.items()) {
        if (item.getString("slug").equals(slug)) {
          return admin.get("items/" + item.getJsonNumber("id").longValue()).json();
        }
      }
      if (list.items().size() < 100) {
        throw new AssertionError("no " + type + " " + slug + " in " + site);
      }
    }
  }

  private static List<Long> ids(JsonObject item, String key) {
    return item.getJsonArray(key).getValuesAs(JsonObject.class).stream()
        .map(ref -> ref.getJsonNumber("id").longValue())
        .toList();
  }

  private static void write(String folder, String file, String text) throws Exception {
    Path path = ExchangeFolders.root().resolve(folder).resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static Site withoutColumns(Site site) {
    return new Site(
        site.id(),
        site.kind(),
        site.names(),
        site.department(),
        site.path(),
        site.theme(),
        site.languages(),
        site.identification(),
        List.of());
  }

  private static Column withoutChildren(Column column) {
    return column == null
        ? null
        : new Column(
            column.code(),
            column.path(),
            column.names(),
            column.category(),
            column.types(),
            List.of());
  }

  /** The item without what must differ between two folders: its hash and its form's location. */
  private static Item comparable(Item item) {
    return item.withoutStorage();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
