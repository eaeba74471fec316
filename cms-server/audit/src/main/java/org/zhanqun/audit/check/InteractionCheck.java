package org.zhanqun.audit.check;

import static org.zhanqun.audit.rule.RuleCatalog.INTERACTION_UNANSWERED;

import java.util.List;
import java.util.Optional;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.Text;

/**
 * {@code interaction-unanswered} needs the messages of the interaction module (领导信箱, 网上留言), which
 * does not exist yet: interaction columns hold pages. Always reported as not evaluated.
 */
final class InteractionCheck implements Check {

  @Override
  public List<String> rules() {
    return List.of(INTERACTION_UNANSWERED);
  }

  @Override
  public Optional<Text> notEvaluated(ExternalEvidence evidence) {
    return Optional.of(
        new Text(
            "互动交流模块尚未建设，没有留言及答复数据",
            "no interaction module yet: there are no messages and replies to check"));
  }

  @Override
  public List<Finding> run(SiteContent site) {
    return List.of();
  }
}
