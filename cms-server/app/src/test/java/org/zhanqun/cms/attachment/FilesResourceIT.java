package org.zhanqun.cms.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhanqun.cms.testing.ApiResponseAssert.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhanqun.cms.testing.ApiClient;
import org.zhanqun.cms.testing.ApiResponse;
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

  private List<String> fileNamesOfFgw() {
    ApiResponse files = editor.get("sites/fgw/files");
    assertThat(files).hasStatus(200);
    return files.array().getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("fileName"))
        .toList();
  }
}
