package org.zhanqun.builder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.builder.Main;
import org.zhanqun.builder.build.BuildFailedException;
import org.zhanqun.builder.build.ClusterBuild;
import org.zhanqun.builder.source.ContentReader;
import org.zhanqun.builder.source.InvalidContentException;
import org.zhanqun.builder.testing.TestContent;
import org.zhanqun.builder.testing.TestTheme;
import org.zhanqun.builder.writer.OutputLock;
import org.zhanqun.builder.writer.PublishedFolder;
import picocli.CommandLine;

/**
 * Two processes publishing into one output folder: this test's JVM (standing in for a content
 * server's publisher) and {@code zhanqun build} started as a process of its own. The second waits
 * for the first or refuses, naming the folder and the holder, and the folder is never half-written.
 */
@Timeout(180)
class BuildCommandOutputLockTest {

  private static final String EXTRA_NEWS =
      """
      -- fgw/news/after-the-wait.zh-CN.md --
      ---
      type: news
      title: 等待之后发布
      published: 2026-07-02T09:00:00+08:00
      ---
      正文
      """;

  @TempDir Path temp;

  private Path output;
  private Path templates;
  private Path i18n;

  @BeforeEach
  void publishAFirstVersion() {
    output = temp.resolve("public");
    templates = TestContent.write(temp.resolve("templates"), TestTheme.TEMPLATES);
    i18n = TestContent.write(temp.resolve("i18n"), TestTheme.I18N);
    Path content = TestContent.write(temp.resolve("content"), TestContent.MINI_CLUSTER);
    CommandLine command = new CommandLine(new BuildCommand());
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(new StringWriter()));
    assertThat(command.execute(arguments(content, "--quiet"))).isZero();
  }

  @Test
  void aBuildWhileAnotherProcessWritesTheFolderRefusesNamingTheFolderAndTheHolder()
      throws Exception {
    Path content =
        TestContent.write(temp.resolve("content-2"), TestContent.MINI_CLUSTER, EXTRA_NEWS);
    Path before = Files.readSymbolicLink(output);
    String result;
    int exit;
    try (OutputLock held = lock("zhanqun-server publisher")) {
      Process build = start(arguments(content, "--wait", "0", "--quiet"));
      result = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
      exit = build.exitValue();
    }

    assertThat(exit).as(result).isEqualTo(5);
    assertThat(result)
        .contains("The output folder " + output.toAbsolutePath() + " is being written by")
        .contains("pid " + ProcessHandle.current().pid())
        .contains("(zhanqun-server publisher)")
        .contains("Nothing was written");
    assertThat(Files.readSymbolicLink(output)).isEqualTo(before);
    assertThat(output.resolve("fgw/news/after-the-wait.html")).doesNotExist();
    assertWhole();
  }

  @Test
  void aBuildWaitsWhileAnotherProcessPublishesThenPublishesOnTopOfIt() throws Exception {
    Path content =
        TestContent.write(temp.resolve("content-2"), TestContent.MINI_CLUSTER, EXTRA_NEWS);
    Process build;
    List<String> lines = new ArrayList<>();
    BufferedReader reader;
    try (OutputLock held = lock("zhanqun-server publisher")) {
      build = start(arguments(content, "--wait", "120", "--quiet"));
      reader =
          new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null && !line.startsWith("Waiting up to")) {
        lines.add(line);
      }
      assertThat(line)
          .as("the build's output before it waited: %s", lines)
          .isNotNull()
          .contains("the output folder " + output.toAbsolutePath())
          .contains("(zhanqun-server publisher)");
      // this process publishes while the other waits
      assertThat(republishInThisProcess()).isZero();
      assertWhole();
    }
    reader.lines().forEach(lines::add);
    assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(build.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(output.resolve("fgw/news/after-the-wait.html")).exists();
    assertWhole();
  }

  /** Holds the folder's lock as a publisher of this process does while it writes. */
  private OutputLock lock(String command) throws IOException {
    return new PublishedFolder(output).lock(Duration.ZERO, command, holder -> {});
  }

  /** A full build of the first content, in this process, without taking the lock again. */
  private int republishInThisProcess() throws IOException {
    ClusterBuild.Settings settings =
        new ClusterBuild.Settings(
            templates, i18n, output, Optional.empty(), Optional.empty(), true);
    try {
      new ClusterBuild(settings, ClusterBuild.Progress.NONE)
          .run(new ContentReader().read(temp.resolve("content")));
      return 0;
    } catch (BuildFailedException | InvalidContentException e) {
      return 1;
    }
  }

  private String[] arguments(Path content, String... extra) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--content", content.toString(),
                "--templates", templates.toString(),
                "--i18n", i18n.toString(),
                "--output", output.toString()));
    arguments.addAll(List.of(extra));
    return arguments.toArray(String[]::new);
  }

  /** {@code zhanqun build} in a JVM of its own, on this test's class path; stderr into stdout. */
  private static Process start(String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Every file the current version's manifest lists exists, and no patch is left half done. */
  private void assertWhole() throws IOException {
    Path versions = temp.resolve(".public.versions");
    assertThat(versions.resolve("patch.journal")).doesNotExist();
    assertThat(versions.resolve("patch")).doesNotExist();
    Path current = output.toRealPath();
    List<String> missing = new ArrayList<>();
    for (String line : Files.readAllLines(versions.resolve(current.getFileName() + ".manifest"))) {
      String path = line.substring(line.lastIndexOf('\t') + 1);
      if (!Files.isRegularFile(current.resolve(path))) {
        missing.add(path);
      }
    }
    assertThat(missing).isEmpty();
    try (Stream<Path> folders = Files.list(versions)) {
      assertThat(folders.filter(Files::isDirectory).count())
          .as("versions kept: the current one and the one before")
          .isLessThanOrEqualTo(2);
    }
  }
}
