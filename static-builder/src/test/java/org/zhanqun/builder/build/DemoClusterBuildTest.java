package org.zhanqun.builder.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.ContentSet;

/**
 * Builds the real demo cluster ({@code content/}) with the real themes and UI strings, and checks
 * the published result the way a reader and a crawler would meet it.
 */
class DemoClusterBuildTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final String BASE = "https://www.example.gov.cn/";

  @TempDir static Path temp;

  private static Path site;
  private static BuildReport report;
  private static Map<String, Document> pages;

  @BeforeAll
  static void buildTheDemoCluster() throws Exception {
    ContentSet content = new ContentReader().read(PROJECT.resolve("content"));
    ClusterBuild.Settings settings =
        new ClusterBuild.Settings(
            PROJECT.resolve("site-templates"),
            PROJECT.resolve("i18n"),
            temp.resolve("public"),
            Optional.empty(),
            Optional.empty(),
            false);
    report = new ClusterBuild(settings, ClusterBuild.Progress.NONE).run(content);
    site = temp.resolve("public").toRealPath();
    pages = new HashMap<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String path = site.relativize(file).toString().replace('\\', '/');
        pages.put(path, Jsoup.parse(file.toFile(), "UTF-8", BASE + path));
      }
    }
  }

  @Test
  void rendersEverySiteInEachOfItsLanguagesWithEveryStringTranslated() {
    assertThat(report.sites()).isEqualTo(13);
    assertThat(report.languages()).containsExactly("en", "ru", "zh-CN");
    assertThat(report.missingUiStrings()).isEmpty();
    assertThat(pages)
        .containsKeys(
            "index.html",
            "en/index.html",
            "ru/index.html",
            "fgw/index.html",
            "fgw/en/index.html",
            "sites.html",
            "404.html");
    assertThat(pages.size()).isGreaterThan(600);
  }

  @Test
  void everyInternalLinkAndAssetResolvesToAPublishedFile() {
    List<String> broken = new ArrayList<>();
    pages.forEach(
        (path, page) -> {
          for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
            String target = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
            if (target.startsWith(BASE) && !resolves(target)) {
              broken.add(path + " → " + target);
            }
          }
        });
    assertThat(broken).isEmpty();
  }

  @Test
  void everyHreflangLinkIsReciprocalAndHasAnXDefault() {
    List<String> problems = new ArrayList<>();
    pages.forEach(
        (path, page) -> {
          var alternates = page.select("link[rel=alternate][hreflang]");
          if (alternates.isEmpty()) {
            return;
          }
          String self = BASE + path;
          Set<String> languages = new HashSet<>();
          boolean selfListed = false;
          for (Element alternate : alternates) {
            String hreflang = alternate.attr("hreflang");
            languages.add(hreflang);
            String target = alternate.attr("href");
            selfListed |=
                target.equals(self) || target.equals(self.replaceFirst("index\\.html$", ""));
            if (hreflang.equals("x-default")) {
              continue;
            }
            Document other = pages.get(localPath(target));
            if (other == null) {
              problems.add(path + ": hreflang " + hreflang + " → missing " + target);
            } else if (other.select("link[rel=alternate][hreflang]").stream()
                .noneMatch(back -> localPath(back.attr("href")).equals(path))) {
              problems.add(path + ": " + target + " does not link back");
            } else if (!other.select("html").attr("lang").equals(hreflang)) {
              problems.add(path + ": " + target + " is not in " + hreflang);
            }
          }
          if (!languages.contains("x-default") || !selfListed) {
            problems.add(path + ": no x-default or no link to itself");
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLanguageSwitchLeadsToAnExistingPageInThatLanguage() {
    List<String> problems = new ArrayList<>();
    pages.forEach(
        (path, page) ->
            page.select("a[hreflang]")
                .forEach(
                    link -> {
                      Document target = pages.get(localPath(link.absUrl("href")));
                      if (target == null) {
                        problems.add(
                            path + ": " + link.attr("hreflang") + " → " + link.attr("href"));
                      } else if (!target
                          .select("html")
                          .attr("lang")
                          .equals(link.attr("hreflang"))) {
                        problems.add(
                            path
                                + ": "
                                + link.attr("href")
                                + " is not in "
                                + link.attr("hreflang"));
                      }
                    }));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormPageOffersItsFileForDownload() throws IOException {
    List<String> problems = new ArrayList<>();
    int forms = 0;
    for (var entry : pages.entrySet()) {
      for (Element download : entry.getValue().select("a[download]")) {
        forms++;
        Path file = site.resolve(localPath(download.absUrl("href")));
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
          problems.add(entry.getKey() + " → " + download.attr("href"));
        }
      }
    }
    assertThat(forms).isGreaterThanOrEqualTo(28);
    assertThat(problems).isEmpty();
  }

  @Test
  void theScriptPlantedInTheDemoContentNeverReachesAPage() {
    Document notice = pages.get("scjgj/notice/shipin-shengchan-xuke-zhuxiao.html");

    assertThat(notice).isNotNull();
    assertThat(notice.select("main script")).isEmpty();
    assertThat(notice.select("main [onclick]")).isEmpty();
    pages.forEach((path, page) -> assertThat(page.select("script:not([src])")).as(path).isEmpty());
  }

  @Test
  void everyPageHasOneMainHeadingLandmarksAndASkipLink() {
    List<String> problems = new ArrayList<>();
    pages.forEach(
        (path, page) -> {
          if (page.select("h1").size() != 1) {
            problems.add(path + ": " + page.select("h1").size() + " h1");
          }
          if (page.select("header").isEmpty()
              || page.select("nav").isEmpty()
              || page.select("main#main").size() != 1
              || page.select("footer").isEmpty()) {
            problems.add(path + ": landmarks missing");
          }
          if (page.select("a[href=#main]").isEmpty()) {
            problems.add(path + ": no skip link");
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everySiteHasAnAccessibleSearchPageInEachOfItsLanguagesThatCallsTheApi() throws Exception {
    int siteLanguages =
        new ContentReader()
            .read(PROJECT.resolve("content")).cluster().sites().stream()
                .mapToInt(s -> s.languages().size())
                .sum();
    List<String> problems = new ArrayList<>();
    Map<String, String> titles = Map.of("zh-CN", "搜索", "en", "Search", "ru", "Поиск");
    int searchPages = 0;
    for (var entry : pages.entrySet()) {
      String path = entry.getKey();
      Document page = entry.getValue();
      Element box = page.selectFirst("header form.search-box[role=search]");
      if (box == null || box.select("label[for=search-input]").isEmpty()) {
        problems.add(path + ": no labelled search box in the header");
      } else if (!resolves(box.absUrl("action")) || !box.attr("action").endsWith("search.html")) {
        problems.add(path + ": the search box submits to " + box.attr("action"));
      }
      if (!path.endsWith("search.html")) {
        continue;
      }
      searchPages++;
      String language = page.select("html").attr("lang");
      Element form = page.selectFirst("main form.search-form[role=search]");
      if (form == null
          || !form.attr("action").equals("/" + path)
          || form.select("label[for=search-q]").isEmpty()
          || form.select("input#search-q[name=q]").isEmpty()
          || form.select("fieldset legend").isEmpty()
          || form.select("input[type=radio][name=scope][value=site][checked]").isEmpty()
          || form.select("input[type=radio][name=scope][value=cluster]").isEmpty()) {
        problems.add(path + ": the search form is incomplete");
      }
      if (!page.select("meta[name=zhanqun-search-api]").attr("content").equals("/api/v1/search")
          || page.select("script[src$=js/search-page.js]").isEmpty()
          || page.select("#search-status[role=status][aria-live=polite]").isEmpty()) {
        problems.add(path + ": no API, script or live status");
      }
      String siteFolder = path.replaceFirst("(en/|ru/)?search\\.html$", "");
      boolean translated =
          pages.containsKey(siteFolder + "en/search.html")
              || pages.containsKey(siteFolder + "ru/search.html");
      if (!page.select("h1").text().equals(titles.get(language))
          || translated == page.select("link[rel=alternate][hreflang=x-default]").isEmpty()) {
        problems.add(path + ": not in " + language + " or without hreflang alternates");
      }
      Element root = page.getElementById("search");
      if (root == null) {
        problems.add(path + ": no #search");
      } else {
        root.attributes()
            .forEach(
                a -> {
                  if (a.getKey().startsWith("data-msg-")
                      && (a.getValue().isBlank() || a.getValue().startsWith("search."))) {
                    problems.add(path + ": UI string " + a.getKey() + " is missing");
                  }
                });
      }
    }
    assertThat(problems).isEmpty();
    assertThat(searchPages).as("one per site and language").isEqualTo(siteLanguages);
    assertThat(pages.get("fgw/en/search.html").getElementById("search").attr("data-site"))
        .isEqualTo("fgw");
  }

  @Test
  void everyInteractionFormPostsToThePublicApiWithLabelledFieldsAndAHoneypot() {
    List<String> problems = new ArrayList<>();
    int forms = 0;
    for (var entry : pages.entrySet()) {
      String path = entry.getKey();
      for (Element form : entry.getValue().select("main form[method=post]")) {
        forms++;
        if (!form.attr("action").startsWith("/api/v1/public/")
            || !form.attr("enctype").equals("application/x-www-form-urlencoded")
            || !form.select("input[type=hidden][name=back]")
                .attr("value")
                .equals(BASE + path.replaceFirst("index\\.html$", ""))) {
          problems.add(path + ": posts to " + form.attr("action") + " or comes back elsewhere");
        }
        for (Element field : form.select("input:not([type=hidden]):not([type=radio]), textarea")) {
          if (form.select("label[for=" + field.id() + "]").size() != 1) {
            problems.add(path + ": no label for " + field.attr("name"));
          }
        }
        if (!form.hasClass("query-form")
            && form.select(".visually-hidden[aria-hidden=true] input[name=website][tabindex=-1]")
                .isEmpty()) {
          problems.add(path + ": no honeypot");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(forms)
        .as("at least the error report form of every site in every language")
        .isGreaterThanOrEqualTo(13);
    assertThat(pages.get("fgw/news/index.html").select("footer a[href=/fgw/report-error/]"))
        .hasSize(1);
  }

  @Test
  void theDemoChannelsHaveTheirPagesInEveryLanguageLinkedFromTheInteractionColumn()
      throws Exception {
    var interaction = new ContentReader().read(PROJECT.resolve("content")).interaction();
    List<String> missing = new ArrayList<>();
    for (var channel : interaction.channels()) {
      String folder = channel.site().equals("portal") ? "" : channel.site() + "/";
      for (String language : List.of("", "en/", "ru/")) {
        if (pages.containsKey(folder + language + "index.html")
            && !pages.containsKey(
                folder + language + "letters/" + channel.code() + "/index.html")) {
          missing.add(folder + language + "letters/" + channel.code() + "/");
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(
            pages
                .get("en/interaction/index.html")
                .select("main .interaction-links a")
                .eachAttr("href"))
        .containsExactly(
            "/en/letters/mayor/", "/en/letters/zixun/", "/en/letters/query/", "/en/consultations/");
    assertThat(pages.get("ru/letters/mayor/index.html").select("h1").text())
        .isEqualTo("Почтовый ящик мэра");
  }

  @Test
  void theSearchScriptLoadsNothingFromElsewhereAndNeverWritesHtml() throws IOException {
    String script = Files.readString(site.resolve("assets/department/js/search-page.js"));

    assertThat(script).doesNotContain("http:").doesNotContain("https:").doesNotContain("//cdn");
    assertThat(script)
        .doesNotContain("innerHTML")
        .doesNotContain("outerHTML")
        .doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write")
        .doesNotContain("eval(");
  }

  private static boolean resolves(String url) {
    String path = localPath(url);
    Path file = site.resolve(path);
    return Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html"));
  }

  /** The output path of a cluster URL: no query or fragment, folders as their index.html. */
  private static String localPath(String url) {
    String path = URI.create(url).getRawPath().substring(1);
    path = URLDecoder.decode(path, StandardCharsets.UTF_8);
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }
}
