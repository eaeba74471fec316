package org.zhanqun.audit.testing;

import java.time.LocalDate;
import java.util.List;
import org.zhanqun.audit.Audit;
import org.zhanqun.audit.AuditRequest;
import org.zhanqun.audit.SiteResult;
import org.zhanqun.audit.check.ExternalEvidence;
import org.zhanqun.audit.finding.Finding;
import org.zhanqun.audit.rule.InvalidRulesException;
import org.zhanqun.audit.rule.Rules;
import org.zhanqun.audit.rule.RulesFile;
import org.zhanqun.builder.source.ContentSet;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.Proofreader;

/** Runs the audit on the {@code dep} site of a mini-cluster and answers its findings. */
public final class AuditRun {

  public static final Rules DEFAULT_RULES = RulesFile.nationalDefault();

  private AuditRun() {}

  public static SiteResult dep(ContentSet content) {
    return dep(content, DEFAULT_RULES, MiniCluster.AS_OF, ExternalEvidence.NONE);
  }

  public static SiteResult dep(ContentSet content, LocalDate asOf) {
    return dep(content, DEFAULT_RULES, asOf, ExternalEvidence.NONE);
  }

  public static SiteResult dep(ContentSet content, Rules rules) {
    return dep(content, rules, MiniCluster.AS_OF, ExternalEvidence.NONE);
  }

  public static SiteResult dep(
      ContentSet content, Rules rules, LocalDate asOf, ExternalEvidence evidence) {
    return new Audit()
        .run(AuditRequest.of(content, rules, asOf).forSite("dep").withEvidence(evidence))
        .sites()
        .get(0);
  }

  /** The proofreader with the built-in lists only, as for a content folder without its file. */
  public static Proofreader builtInProofreader() {
    return Proofreader.of(Dictionary.builtIn());
  }

  /** The findings of {@code rule}. */
  public static List<Finding> findings(SiteResult site, String rule) {
    return site.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** The default rules with {@code from} replaced by {@code to} in the shipped file. */
  public static Rules rulesWith(String from, String to) {
    try (var in = RulesFile.class.getResourceAsStream(RulesFile.NATIONAL_DEFAULT)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!text.contains(from)) {
        throw new IllegalArgumentException("the default rules do not contain: " + from);
      }
      return RulesFile.parse(text.replace(from, to), "test-rules.yaml");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InvalidRulesException e) {
      throw new IllegalStateException(e.problems().toString(), e);
    }
  }

  /** The text of the shipped default rules. */
  public static String defaultRulesText() {
    try (var in = RulesFile.class.getResourceAsStream(RulesFile.NATIONAL_DEFAULT)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
