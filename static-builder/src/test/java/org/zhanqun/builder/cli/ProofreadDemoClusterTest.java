package org.zhanqun.builder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code zhanqun proofread} over the real demo cluster ({@code content/}) finds exactly the
 * findings planted on purpose (docs/demo-cluster.md, Planted proofreading findings): the blocking
 * ones in the one draft, which is neither published nor audited, and two warnings in published
 * items.
 */
class ProofreadDemoClusterTest {

  private static final Path CONTENT = Path.of("..").toAbsolutePath().normalize().resolve("content");
  private static final String DRAFT = "portal/news/yuandan-chunjie-anpai.zh-CN.md";

  @Test
  void findsExactlyThePlantedFindings() {
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new ProofreadCommand(stdout));
    command.setErr(new PrintWriter(err, true));

    int exit = command.execute("--content", CONTENT.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(1);
    JsonObject json = Json.createReader(new StringReader(stdout.toString())).readObject();
    List<String> findings =
        json.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
            .map(
                f ->
                    String.join(
                        " ",
                        f.getString("category"),
                        f.getString("severity"),
                        f.getString("item"),
                        f.getString("field"),
                        f.getString("text")))
            .toList();
    assertThat(findings)
        .containsExactly(
            "classified-marking block " + DRAFT + " body 秘密★",
            "serious-error block " + DRAFT + " body 中华人民共合国",
            "serious-error block " + DRAFT + " body 齐齐哈市",
            "personal-data block " + DRAFT + " body 220102197001010018",
            "personal-data block " + DRAFT + " body 13912345678",
            "official-name block " + DRAFT + " body 刘惠敏",
            "typo warn scjgj/news/tezhong-shebei-jiancha.zh-CN.md body 截止目前",
            "outdated-name warn sthjj/news/huanping-shenpi-gaige.zh-CN.md source 长春市环境保护局");
    JsonObject counts = json.getJsonObject("counts");
    assertThat(counts.getInt("block")).isEqualTo(6);
    assertThat(counts.getInt("warn")).isEqualTo(2);
    assertThat(counts.getJsonObject("bySite").keySet()).hasSize(13);
  }
}
