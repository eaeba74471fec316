package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.model.item.Item;
import org.zhanqun.model.site.ContentType;

class ContentWriterTest {

  private static final Path DEMO_CLUSTER =
      Path.of("..").toAbsolutePath().normalize().resolve("content");

  @TempDir Path temp;

  private final ContentReader reader = new ContentReader();
  private final ContentWriter writer = new ContentWriter();

  @Test
  void writesTheMiniClusterSoThatItReadsBackEqual() throws Exception {
    ContentSet original =
        reader.read(TestContent.write(temp.resolve("original"), TestContent.MINI_CLUSTER));

    ContentSet copy = writeAndRead(original, temp.resolve("copy"));

    assertSameContent(copy, original);
  }

  @Test
  void writesTheDemoClusterSoThatItReadsBackEqual() throws Exception {
    ContentSet original = reader.read(DEMO_CLUSTER);

    ContentSet copy = writeAndRead(original, temp.resolve("copy"));

    assertThat(copy.items()).hasSize(original.items().size());
    assertSameContent(copy, original);
    assertThat(copy.interaction().channels())
        .hasSize(16)
        .isEqualTo(original.interaction().channels());
  }

  @Test
  void writesTheSameBytesEachTime() throws Exception {
    ContentSet original = reader.read(DEMO_CLUSTER);
    ContentSet copy = writeAndRead(original, temp.resolve("first"));
    writer.write(copy, temp.resolve("second"));

    assertThat(files(temp.resolve("second"))).isEqualTo(files(temp.resolve("first")));
  }

  @Test
  void quotesWhatYamlWouldReadAsSomethingElse() {
    assertThat(ContentWriter.scalar("2201000002")).isEqualTo("\"2201000002\"");
    assertThat(ContentWriter.scalar("0431-88888888")).isEqualTo("\"0431-88888888\"");
    assertThat(ContentWriter.scalar("")).isEqualTo("\"\"");
    assertThat(ContentWriter.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(ContentWriter.scalar("a: b")).isEqualTo("\"a: b\"");
    assertThat(ContentWriter.scalar(" 前后空格 ")).isEqualTo("\" 前后空格 \"");
    assertThat(ContentWriter.scalar("two\nlines \"q\"")).isEqualTo("\"two\\nlines \\\"q\\\"\"");
    assertThat(ContentWriter.scalar("长春市发展和改革委员会")).isEqualTo("长春市发展和改革委员会");
    assertThat(ContentWriter.scalar("fgw/")).isEqualTo("fgw/");
  }

  @Test
  void keepsTextsThatNeedQuotingThroughARoundTrip() throws Exception {
    ContentSet original =
        reader.read(TestContent.write(temp.resolve("original"), TestContent.MINI_CLUSTER));
    Item news =
        original.items().stream()
            .filter(i -> i.type() == ContentType.NEWS && !i.draft())
            .findFirst()
            .orElseThrow();
    Item odd =
        new Item(
            news.site(),
            news.column(),
            "odd-texts",
            news.language(),
            news.type(),
            "\"引号\" and: colon # hash, [brackets] {braces}",
            "odd-texts",
            " leading space, trailing tab\t",
            "yes",
            List.of("0431", "null", "a, b"),
            news.published(),
            null,
            false,
            "---\nnot front matter\n",
            null,
            news.file().replace(news.slug(), "odd-texts"),
            "");
    ContentSet withOdd =
        new ContentSet(
            original.cluster(), Stream.concat(original.items().stream(), Stream.of(odd)).toList());

    ContentSet copy = writeAndRead(withOdd, temp.resolve("copy"));

    assertSameContent(copy, withOdd);
  }

  private ContentSet writeAndRead(ContentSet content, Path folder) throws Exception {
    writer.write(content, folder);
    try {
      return reader.read(folder);
    } catch (InvalidContentException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
  }

  /**
   * Equal cluster, and equal items but for what must differ: the hash of the written file and where
   * a form's file lies.
   */
  private static void assertSameContent(ContentSet actual, ContentSet expected) {
    assertThat(actual.cluster()).isEqualTo(expected.cluster());
    assertThat(actual.items().stream().map(ContentWriterTest::comparable).toList())
        .containsExactlyElementsOf(
            expected.items().stream().map(ContentWriterTest::comparable).toList());
  }

  private static Item comparable(Item item) {
    return item.withoutStorage();
  }

  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(path).toString(), HexFormat.of().formatHex(Files.readAllBytes(path)));
      }
    }
    return files;
  }
}
