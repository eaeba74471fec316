package org.zhanqun.builder.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhanqun.builder.testing.TestContent;

/**
 * The content reader's contract under hostile input: whatever bytes a content file, {@code
 * site.yaml}, {@code columns.yaml} or {@code cluster.yaml} holds, reading the folder gives a
 * content set or a problem report ({@link InvalidContentException}) naming the file — never any
 * other exception. Random bytes test the outer layers (encoding, YAML); mutations of the valid mini
 * cluster's files (bytes replaced, inserted, cut, YAML and front-matter tokens spliced in) reach
 * the checks behind them. Bounded tries from a fixed seed, so that a run is repeatable and bounded
 * in time; a failure names its try and the bytes it wrote (decision 0011: why not jqwik).
 */
class ContentReaderFuzzTest {

  /** The files of the mini cluster a try replaces; a new item file is tried as well. */
  private static final List<String> TARGETS =
      List.of(
          "cluster.yaml",
          "fgw/site.yaml",
          "fgw/columns.yaml",
          "portal/site.yaml",
          "portal/news/flood-notice.zh-CN.md",
          "fgw/policy/normative/private-economy-measures.zh-CN.md",
          "fgw/interpretation/private-economy-graphic.zh-CN.md",
          "fgw/guide/cost-review.zh-CN.md",
          "fgw/forms/cost-review-form.zh-CN.md",
          "fgw/news/new-item.zh-CN.md");

  /** Tokens that steer a mutation into the YAML and front-matter parsers' corners. */
  private static final List<String> TOKENS =
      List.of(
          "---\n",
          "\n",
          ": ",
          "- ",
          "[",
          "]",
          "{",
          "}",
          "&a ",
          "*a",
          "<<: *a\n",
          "!!binary ",
          "!!java.io.File ",
          "!!float ",
          "? ",
          "|\n",
          ">-\n",
          "\"",
          "'",
          "#",
          "\t",
          "\r",
          "\u0000",
          "\uFEFF",
          "\uD800",
          "~",
          "null",
          ".inf",
          "-1",
          "99999999999999999999",
          "1e400",
          "2026-13-45T09:00",
          "+999999999-12-31T23:59:59+18:00",
          "2024-02-30",
          "zh-CN",
          "x-klingon",
          "type: ",
          "title: ",
          "published: ",
          "interprets: [",
          "policy: {",
          "guide: {",
          "form: ",
          "file: ../../etc/passwd",
          "translationKey: ",
          "columns:\n  - ",
          "sites: [",
          "languages: [",
          "timeZone: ",
          "baseUrl: ",
          "code: ",
          "children: [",
          "%",
          "..",
          "/");

  /** The mini cluster; each try changes one file and puts it back afterwards. */
  private static Path folder;

  private static final long SEED = 20261202L;

  @BeforeAll
  static void writeTheMiniCluster() throws IOException {
    folder = Files.createTempDirectory("zhanqun-fuzz");
    TestContent.write(folder, TestContent.MINI_CLUSTER);
  }

  @AfterAll
  static void deleteTheMiniCluster() {
    delete(folder);
  }

  @Test
  void anyBytesInAnyFileGiveAProblemReportNeverAnException() {
    Random random = new Random(SEED);
    int refused = 0;
    for (int attempt = 0; attempt < 300; attempt++) {
      String target = TARGETS.get(random.nextInt(TARGETS.size()));
      byte[] bytes = new byte[random.nextInt(401)];
      random.nextBytes(bytes);
      refused += assertReadsOrReportsProblems(attempt, target, bytes) ? 0 : 1;
    }
    assertThat(refused).as("random bytes that were refused with problems").isPositive();
  }

  @Test
  void mutatedFilesGiveAProblemReportNeverAnException() {
    Random random = new Random(SEED + 1);
    int read = 0;
    int refused = 0;
    for (int attempt = 0; attempt < 1000; attempt++) {
      String target = TARGETS.get(random.nextInt(TARGETS.size()));
      byte[] mutated = originalOrNewItem(target);
      for (int m = 1 + random.nextInt(6); m > 0; m--) {
        mutated = mutation(random).apply(mutated);
      }
      if (assertReadsOrReportsProblems(attempt, target, mutated)) {
        read++;
      } else {
        refused++;
      }
    }
    // both outcomes occur: the mutations reach the checks behind the parsers, not only the parsers
    assertThat(read).as("mutated clusters that still read").isPositive();
    assertThat(refused).as("mutated clusters refused with problems").isPositive();
  }

  /**
   * One change: a byte replaced (3 in 11), a token inserted (5), a run cut (2), a truncation (1).
   */
  private static Mutation mutation(Random random) {
    int at = random.nextInt(4001);
    int kind = random.nextInt(11);
    if (kind < 3) {
      return Mutation.replace(at, (byte) random.nextInt(256));
    } else if (kind < 8) {
      return Mutation.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
    } else if (kind < 10) {
      return Mutation.cut(at, 1 + random.nextInt(60));
    }
    return Mutation.truncate(at);
  }

  /**
   * Writes {@code bytes} as {@code target}, reads the folder and puts the file back.
   *
   * @return true when the folder read, false when it was refused with problems
   */
  private static boolean assertReadsOrReportsProblems(int attempt, String target, byte[] bytes) {
    Path file = folder.resolve(target);
    byte[] original = read(file);
    try {
      Files.write(file, bytes);
      try {
        ContentSet set = new ContentReader().read(folder);
        assertThat(set).isNotNull();
        return true;
      } catch (InvalidContentException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        return false;
      } catch (RuntimeException e) {
        throw new AssertionError(
            "try " + attempt + ": " + target + " holding " + Arrays.toString(bytes) + " threw " + e,
            e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      restore(file, original);
    }
  }

  /** The file's bytes, or null when there is none. */
  private static byte[] read(Path file) {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void restore(Path file, byte[] original) {
    try {
      if (original == null) {
        Files.deleteIfExists(file);
      } else {
        Files.write(file, original);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] originalOrNewItem(String target) {
    byte[] original = read(folder.resolve(target));
    if (original != null) {
      return original;
    }
    return """
        ---
        type: news
        title: 新的新闻
        published: 2026-01-05T09:00:00+08:00
        tags: [价格]
        ---
        正文
        """
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One change to a file's bytes; positions beyond the end wrap around. */
  interface Mutation {

    byte[] apply(byte[] bytes);

    static Mutation replace(int at, byte value) {
      return bytes -> {
        if (bytes.length == 0) {
          return new byte[] {value};
        }
        byte[] copy = bytes.clone();
        copy[at % copy.length] = value;
        return copy;
      };
    }

    static Mutation insert(int at, String token) {
      return bytes -> {
        byte[] inserted = token.getBytes(StandardCharsets.UTF_8);
        int position = bytes.length == 0 ? 0 : at % (bytes.length + 1);
        List<Byte> result = new ArrayList<>(bytes.length + inserted.length);
        for (int i = 0; i < position; i++) {
          result.add(bytes[i]);
        }
        for (byte b : inserted) {
          result.add(b);
        }
        for (int i = position; i < bytes.length; i++) {
          result.add(bytes[i]);
        }
        byte[] out = new byte[result.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = result.get(i);
        }
        return out;
      };
    }

    static Mutation cut(int at, int length) {
      return bytes -> {
        if (bytes.length == 0) {
          return bytes;
        }
        int from = at % bytes.length;
        int to = Math.min(bytes.length, from + length);
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
      };
    }

    static Mutation truncate(int at) {
      return bytes -> bytes.length == 0 ? bytes : Arrays.copyOf(bytes, at % bytes.length);
    }
  }
}
