package org.zhanqun.builder.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedFolderTest {

  @TempDir Path temp;

  @Test
  void publishesAVersionBehindASymbolicLink() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));

    Staging staging = folder.stage(false);
    staging.write("index.html", bytes("首页"));
    staging.write("fgw/news/index.html", bytes("工作动态"));
    staging.publish(manifest("index.html", "a", "fgw/news/index.html", "b"));

    Path output = temp.resolve("public");
    assertThat(Files.isSymbolicLink(output)).isTrue();
    assertThat(Files.readString(output.resolve("fgw/news/index.html"))).isEqualTo("工作动态");
    assertThat(folder.currentManifest().entries())
        .containsOnlyKeys("index.html", "fgw/news/index.html");
  }

  @Test
  void readersKeepTheCurrentVersionUntilTheNextIsPublished() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    Staging first = folder.stage(false);
    first.write("index.html", bytes("v1"));
    first.publish(manifest("index.html", "1"));

    Staging second = folder.stage(true);
    second.write("index.html", bytes("v2"));
    second.write("new.html", bytes("new"));

    Path output = temp.resolve("public");
    assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("v1");
    assertThat(output.resolve("new.html")).doesNotExist();
    second.publish(manifest("index.html", "2", "new.html", "n"));
    assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("v2");
    assertThat(output.resolve("new.html")).exists();
  }

  @Test
  void anIncrementalVersionKeepsUnchangedFilesAndLeavesThePublishedOneIntact() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    Staging first = folder.stage(false);
    first.write("a.html", bytes("a1"));
    first.write("b/c.html", bytes("c1"));
    first.publish(manifest("a.html", "1", "b/c.html", "1"));
    Path firstVersion = temp.resolve("public").toRealPath();

    Staging second = folder.stage(true);
    second.write("a.html", bytes("a2"));
    second.delete("b/c.html");

    assertThat(Files.readString(firstVersion.resolve("a.html")))
        .as("a hard-linked file is replaced, never rewritten in place")
        .isEqualTo("a1");
    assertThat(firstVersion.resolve("b/c.html")).exists();
    second.publish(manifest("a.html", "2"));
    Path output = temp.resolve("public");
    assertThat(Files.readString(output.resolve("a.html"))).isEqualTo("a2");
    assertThat(output.resolve("b")).as("emptied folders go too").doesNotExist();
  }

  @Test
  void aDiscardedVersionLeavesNoTrace() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    Staging first = folder.stage(false);
    first.write("index.html", bytes("v1"));
    first.publish(manifest("index.html", "1"));

    Staging broken = folder.stage(true);
    broken.write("index.html", bytes("half"));
    broken.discard();

    assertThat(Files.readString(temp.resolve("public/index.html"))).isEqualTo("v1");
    try (var versions = Files.list(temp.resolve(".public.versions"))) {
      assertThat(versions.filter(Files::isDirectory)).hasSize(1);
    }
  }

  @Test
  void keepsOnlyTheCurrentAndThePreviousVersion() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    for (int i = 1; i <= 4; i++) {
      Staging staging = folder.stage(true);
      staging.write("index.html", bytes("v" + i));
      staging.publish(manifest("index.html", String.valueOf(i)));
    }

    try (var versions = Files.list(temp.resolve(".public.versions"))) {
      assertThat(versions.filter(Files::isDirectory)).hasSize(2);
    }
    assertThat(Files.readString(temp.resolve("public/index.html"))).isEqualTo("v4");
  }

  @Test
  void refusesToReplaceAFolderItDidNotWrite() throws IOException {
    Path output = Files.createDirectories(temp.resolve("public"));
    Files.writeString(output.resolve("precious.txt"), "keep me");

    assertThatThrownBy(() -> new PublishedFolder(output).stage(false))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("was not written by a build");
    assertThat(output.resolve("precious.txt")).hasContent("keep me");
  }

  @Test
  void refusesPathsOutsideTheOutput() throws IOException {
    Staging staging = new PublishedFolder(temp.resolve("public")).stage(false);

    assertThatThrownBy(() -> staging.write("../escape.html", bytes("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(temp.resolve("escape.html")).doesNotExist();
  }

  @Test
  void aPatchReplacesAndRemovesFilesOfTheCurrentVersionInPlace() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    Staging first = folder.stage(false);
    first.write("a.html", bytes("a1"));
    first.write("b/c.html", bytes("c1"));
    first.publish(manifest("a.html", "1", "b/c.html", "1"));
    Path version = temp.resolve("public").toRealPath();

    Staging patch = folder.patch().orElseThrow();
    patch.write("a.html", bytes("a2"));
    patch.write("d.html", bytes("d1"));
    patch.delete("b/c.html");
    assertThat(Files.readString(temp.resolve("public/a.html")))
        .as("nothing changes before publication")
        .isEqualTo("a1");
    patch.publish(manifest("a.html", "2", "d.html", "1"));

    assertThat(temp.resolve("public").toRealPath())
        .as("the same version, patched")
        .isEqualTo(version);
    assertThat(Files.readString(temp.resolve("public/a.html"))).isEqualTo("a2");
    assertThat(Files.readString(temp.resolve("public/d.html"))).isEqualTo("d1");
    assertThat(temp.resolve("public/b")).doesNotExist();
    assertThat(folder.currentManifest().entries()).containsOnlyKeys("a.html", "d.html");
    assertThat(temp.resolve(".public.versions/patch")).doesNotExist();
  }

  @Test
  void completesAPatchThatACrashInterruptedAfterItsJournalWasWritten() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    Staging first = folder.stage(false);
    first.write("a.html", bytes("a1"));
    first.write("gone.html", bytes("x"));
    first.publish(manifest("a.html", "1", "gone.html", "1"));
    // What a crash leaves after the commit point: the patch folder, its manifest, the journal.
    Path versions = temp.resolve(".public.versions");
    Files.createDirectories(versions.resolve("patch"));
    Files.writeString(versions.resolve("patch/a.html"), "a2");
    Files.writeString(versions.resolve("patch.manifest"), "2\t\ta.html\n");
    Files.writeString(versions.resolve("patch.journal"), "D\tgone.html\nW\ta.html\n");

    Manifest manifest = new PublishedFolder(temp.resolve("public")).currentManifest();

    assertThat(Files.readString(temp.resolve("public/a.html"))).isEqualTo("a2");
    assertThat(temp.resolve("public/gone.html")).doesNotExist();
    assertThat(manifest.entries()).containsOnlyKeys("a.html");
    assertThat(versions.resolve("patch.journal")).doesNotExist();
  }

  @Test
  void dropsAPatchThatACrashInterruptedBeforeItsJournalWasWritten() throws IOException {
    PublishedFolder folder = new PublishedFolder(temp.resolve("public"));
    Staging first = folder.stage(false);
    first.write("a.html", bytes("a1"));
    first.publish(manifest("a.html", "1"));
    Staging patch = folder.patch().orElseThrow();
    patch.write("a.html", bytes("half of a new vers"));

    Manifest manifest = new PublishedFolder(temp.resolve("public")).currentManifest();

    assertThat(Files.readString(temp.resolve("public/a.html"))).isEqualTo("a1");
    assertThat(manifest.entries().get("a.html").fingerprint()).isEqualTo("1");
    assertThat(temp.resolve(".public.versions/patch")).doesNotExist();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Manifest manifest(String... pathsAndPrints) {
    Map<String, Manifest.Entry> entries = new java.util.TreeMap<>();
    for (int i = 0; i < pathsAndPrints.length; i += 2) {
      entries.put(pathsAndPrints[i], new Manifest.Entry("", pathsAndPrints[i + 1]));
    }
    return new Manifest(entries);
  }
}
