package org.zhanqun.cms.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

  @Test
  void namesEveryChangedLeafByItsPath() {
    String before =
        """
        {"title":"关于防汛的通知","column":3,"policy":{"docNo":"长府发〔2024〕3号","keywords":["防汛"]},"tags":["a"]}
        """;
    String after =
        """
        {"title":"关于做好防汛工作的通知","column":4,"policy":{"docNo":"长府发〔2024〕3号","keywords":["防汛","应急"]}}
        """;
    assertThat(RevisionDiff.between(before, after))
        .containsExactly(
            new FieldChange("column", new BigDecimal(3), new BigDecimal(4)),
            new FieldChange("policy.keywords[1]", null, "应急"),
            new FieldChange("tags[0]", "a", null),
            new FieldChange("title", "关于防汛的通知", "关于做好防汛工作的通知"));
  }

  @Test
  void findsNoChangeBetweenEqualRevisions() {
    String json = "{\"title\":\"政府信息公开\",\"summary\":\"年报\"}";
    assertThat(RevisionDiff.between(json, json)).isEmpty();
  }
}
