package org.zhanqun.cms.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
import org.zhanqun.cms.testing.DatabaseTraffic;
import org.zhanqun.cms.testing.DemoUser;
import org.zhanqun.cms.testing.PdfFiles;
import org.zhanqun.cms.testing.ShippedConfig;
import org.zhanqun.cms.testing.TestDeployment;
import org.zhanqun.cms.testing.Unique;
import org.zhanqun.cms.testing.ZhanqunIT;

@ZhanqunIT
class FilesResourceIT {

  private static final long UPLOAD_LIMIT = ShippedConfig.number("zhanqun.upload.max-bytes");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TestDeployment.war();
  }

  @ArquillianResource URL base;

  private ApiClient anonymous;
  private ApiClient editor;

  @BeforeEach
  void logIn() {
    anonymous = ApiClient.anonymous(base);
    editor = anonymous.as(DemoUser.EDITOR_FGW);
  }

  @Test
  void storesAnUploadedPdfWithItsSizeAndChecksumAndReturnsItsBytes() {
    byte[] pdf = PdfFiles.pdf("application form");
    String name = Unique.slug("申请表") + ".pdf";

    ApiResponse uploaded = editor.upload("fgw", name, pdf);

    assertThat(uploaded).hasStatus(201);
    JsonObject file = uploaded.json();
    assertThat(file.getString("fileName")).isEqualTo(name);
    assertThat(file.getString("contentType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(file.getString("sha256")).isEqualTo(PdfFiles.sha256(pdf));
    assertThat(file.getString("uploadedBy")).isEqualTo("editor.fgw");
    assertThat(uploaded.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/files/" + uploaded.id()));

    assertThat(editor.get("files/" + uploaded.id()).json().getString("sha256"))
        .isEqualTo(PdfFiles.sha256(pdf));
    ApiResponse download = editor.get("files/" + uploaded.id() + "/content");
    assertThat(download).hasStatus(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.header("Content-Type")).hasValue("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename*=UTF-8''"));
  }

  @Test
  void refusesAFileTypeThatIsNotOffered() {
    String name = Unique.slug("setup") + ".exe";

    ApiResponse refused =
        editor.upload("fgw", name, "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(refused).hasStatus(415).hasErrorOn("file");
    assertThat(refused.json().getString("message")).contains(name).contains("pdf");
    assertThat(fileNamesOfFgw()).doesNotContain(name);
  }

  @Test
  void refusesAPdfNameWhoseBytesAreNotAPdf() {
    String name = Unique.slug("renamed") + ".pdf";

    ApiResponse refused =
        editor.upload("fgw", name, "MZ this is a program".getBytes(StandardCharsets.US_ASCII));

    assertThat(refused).hasStatus(415).hasErrorOn("file");
    assertThat(refused.json().getString("message")).contains("not a pdf");
    assertThat(fileNamesOfFgw()).doesNotContain(name);
  }

  @Test
  void refusesAFileLargerThanTheUploadLimit() {
    String name = Unique.slug("large") + ".pdf";
    byte[] pdf = PdfFiles.pdf("large");
    byte[] large = Arrays.copyOf(pdf, Math.toIntExact(UPLOAD_LIMIT + 1024 * 1024));

    ApiResponse refused = editor.upload("fgw", name, large);

    assertThat(refused).hasStatus(413).hasErrorOn("file");
    assertThat(refused.json().getString("message")).contains(String.valueOf(UPLOAD_LIMIT));
    assertThat(fileNamesOfFgw()).doesNotContain(name);
  }

  @Test
  void refusesAnUploadToAnotherDepartmentsSite() {
    ApiResponse refused = editor.upload("jyj", Unique.slug("form") + ".pdf", PdfFiles.pdf("x"));

    assertThat(refused).hasStatus(403);
    assertThat(refused.json().getString("message")).contains("editor.fgw").contains("jyj");
  }

  @Test
  void refusesAnUploadWithoutALogin() {
    ApiResponse refused = anonymous.upload("fgw", Unique.slug("form") + ".pdf", PdfFiles.pdf("x"));

    assertThat(refused).hasStatus(401);
    assertThat(refused.header("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }

  @Test
  void spoolsAnUploadToDiskAsItArrivesAndLeavesNothingBehindWhenItIsTooLarge() throws Exception {
    String name = Unique.slug("spooled") + ".pdf";
    byte[] pdf = PdfFiles.pdf("spooled");
    long total = UPLOAD_LIMIT + 64 * 1024;
    PipedOutputStream sender = new PipedOutputStream();
    PipedInputStream body = new PipedInputStream(sender, 64 * 1024);
    CountDownLatch spoolSeen = new CountDownLatch(1);
    CompletableFuture<Void> sending =
        CompletableFuture.runAsync(
            () -> {
              try (sender) {
                sender.write(pdf);
                long sent = pdf.length;
                byte[] chunk = new byte[64 * 1024];
                while (sent < total) {
                  if (sent > 1024 * 1024 && !spoolSeen.await(60, TimeUnit.SECONDS)) {
                    return;
                  }
                  int length = (int) Math.min(chunk.length, total - sent);
                  sender.write(chunk, 0, length);
                  sent += length;
                }
              } catch (IOException e) {
                // the server stopped reading
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    CompletableFuture<ApiResponse> answer = editor.uploadAsync("fgw", name, () -> body);

    Path spooled = awaitSpoolFile();
    spoolSeen.countDown();
    ApiResponse refused = answer.get(60, TimeUnit.SECONDS);
    body.close();
    sending.get(60, TimeUnit.SECONDS);

    assertThat(spooled.getFileName().toString()).endsWith(".part");
    assertThat(refused).hasStatus(413).hasErrorOn("file");
    assertThat(refused.json().getString("message")).contains(String.valueOf(UPLOAD_LIMIT));
    assertThat(spoolFiles()).as("spool files left behind").isEmpty();
    assertThat(fileNamesOfFgw()).doesNotContain(name);
  }

  @Test
  void storesAStreamedUploadAndDeletesItsSpoolFile() throws Exception {
    String name = Unique.slug("streamed") + ".pdf";
    byte[] pdf = Arrays.copyOf(PdfFiles.pdf("streamed"), 3 * 1024 * 1024 + 17);
    pdf[pdf.length - 1] = 42;

    ApiResponse stored =
        editor
            .uploadAsync("fgw", name, () -> new ByteArrayInputStream(pdf))
            .get(60, TimeUnit.SECONDS);

    assertThat(stored).hasStatus(201);
    assertThat(stored.json().getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(stored.json().getString("sha256")).isEqualTo(PdfFiles.sha256(pdf));
    assertThat(spoolFiles()).isEmpty();
    ApiResponse download = editor.get("files/" + stored.id() + "/content");
    assertThat(download).hasStatus(200);
    assertThat(download.header("Content-Length")).hasValue(String.valueOf(pdf.length));
    assertThat(PdfFiles.sha256(download.body())).isEqualTo(PdfFiles.sha256(pdf));
    ApiResponse head =
        editor.send(
            "HEAD", "files/" + stored.id() + "/content", HttpRequest.BodyPublishers.noBody(), null);
    assertThat(head).hasStatus(200);
    assertThat(head.header("Content-Length")).hasValue(String.valueOf(pdf.length));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void refusesToShowAFileToAnotherDepartmentOrAnonymouslyWithoutReadingItsBytes() {
    byte[] pdf = Arrays.copyOf(PdfFiles.pdf("protected"), 8 * 1024 * 1024);
    long id = editor.upload("fgw", Unique.slug("protected") + ".pdf", pdf).id();
    ApiClient otherDepartment = anonymous.as(DemoUser.EDITOR_JYJ);
    DatabaseTraffic.awaitQuiet(64 * 1024);
    long before = DatabaseTraffic.bytesSent();

    assertThat(anonymous.get("files/" + id + "/content")).hasStatus(401);
    assertThat(anonymous.get("files/" + id)).hasStatus(401);
    assertThat(otherDepartment.get("files/" + id + "/content")).hasStatus(403);
    assertThat(otherDepartment.get("files/" + id)).hasStatus(403);

    assertThat(DatabaseTraffic.bytesSent() - before)
        .as("bytes MariaDB sent while refusing four requests for an 8 MiB file")
        .isLessThan(1024 * 1024);
  }

  private static Path spoolFolder() {
    return Path.of(System.getProperty("it.upload.spoolDir"));
  }

  private static List<Path> spoolFiles() throws IOException {
    if (!Files.isDirectory(spoolFolder())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spoolFolder())) {
      return files.toList();
    }
  }

  /** The spool file of the upload under way; fails when none appears within 30 seconds. */
  private static Path awaitSpoolFile() {
    return await("a spool file in " + spoolFolder())
        .atMost(Duration.ofSeconds(30))
        .until(FilesResourceIT::spoolFiles, files -> !files.isEmpty())
        .get(0);
  }

  private List<String> fileNamesOfFgw() {
    ApiResponse files = editor.get("sites/fgw/files");
    assertThat(files).hasStatus(200);
    return files.array().getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("fileName"))
        .toList();
  }
}
