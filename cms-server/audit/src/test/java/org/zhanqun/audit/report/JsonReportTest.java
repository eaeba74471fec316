package org.zhanqun.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.AuditResult;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.audit.testing.DemoCluster;

class JsonReportTest {

  private final JsonReport json = new JsonReport();

  @Test
  void readsBackExactlyWhatItWrote() {
    AuditResult result =
        new Audit()
            .run(
                AuditRequest.of(
                    DemoCluster.read(), RulesFile.nationalDefault(), DemoCluster.AS_OF));
    StringWriter out = new StringWriter();
    json.write(result, out);

    AuditResult read = json.read(new StringReader(out.toString()));

    assertThat(read).isEqualTo(result);
    StringWriter again = new StringWriter();
    json.write(read, again);
    assertThat(again.toString()).isEqualTo(out.toString());
  }

  @Test
  void refusesJsonThatIsNotAnAuditResult() {
    assertThatThrownBy(() -> json.read(new StringReader("{\"cluster\": \"x\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an audit result");
  }
}
