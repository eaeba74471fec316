package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhanqun.cms.interaction.intake.FormAnswer;
import org.zhanqun.cms.interaction.intake.FormAnswer.Fact;
import org.zhanqun.cms.interaction.intake.FormAnswers;
import org.zhanqun.cms.interaction.intake.FormLanguage;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.interaction.Rating;

/**
 * The HTML answers of the letter forms: the receipt (number and query code) and the status page
 * (with the rating form once the reply is there), in the form's language.
 */
@ApplicationScoped
class LetterFormAnswers {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject FormAnswers answers;
  @Inject SiteService sites;
  @Inject HttpServletRequest request;

  FormAnswer receipt(LetterReceiptView receipt, FormLanguage language) {
    return new FormAnswer(
        answers.text(language, "letter.received.title"),
        answers.text(language, "letter.received.lead"),
        List.of(
            new Fact(answers.text(language, "fact.number"), receipt.number()),
            new Fact(answers.text(language, "fact.queryCode"), receipt.queryCode()),
            new Fact(answers.text(language, "fact.received"), receipt.received().toString()),
            new Fact(answers.text(language, "fact.due"), receipt.due().toString())),
        List.of(),
        List.of(),
        null);
  }

  FormAnswer status(LetterStatusView status, String queryCode, FormLanguage language) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(answers.text(language, "fact.number"), status.number()));
    facts.add(new Fact(answers.text(language, "fact.subject"), status.subject()));
    facts.add(
        new Fact(
            answers.text(language, "fact.status"),
            answers.text(language, "status." + status.status())));
    facts.add(new Fact(answers.text(language, "fact.received"), status.received().toString()));
    facts.add(new Fact(answers.text(language, "fact.due"), status.due().toString()));
    if (status.rejectedReason() != null) {
      facts.add(new Fact(answers.text(language, "fact.rejectedReason"), status.rejectedReason()));
    }
    if (status.reply() != null) {
      facts.add(new Fact(answers.text(language, "fact.replied"), status.replied().toString()));
      facts.add(
          new Fact(
              answers.text(language, "fact.replyingSite"),
              siteName(status.replyingSite(), language)));
      facts.add(new Fact(answers.text(language, "fact.reply"), status.reply()));
    }
    if (status.rating() != null) {
      facts.add(
          new Fact(
              answers.text(language, "fact.rating"),
              answers.text(language, "rating." + status.rating())));
    }
    ZoneId zone = sites.clusterSettings().timeZone();
    List<Fact> steps =
        status.steps().stream()
            .map(
                step ->
                    new Fact(
                        answers.text(language, "step." + step.step()),
                        MINUTE.format(step.at().atZone(zone))))
            .toList();
    FormAnswer.FormAction rating = null;
    if (status.reply() != null && status.rating() == null) {
      rating =
          new FormAnswer.FormAction(
              answers.text(language, "rating.heading"),
              request.getContextPath() + "/api/v1/public/letters/rating",
              List.of(new Fact("queryCode", queryCode), new Fact("lang", language.tag())),
              "rating",
              Arrays.stream(Rating.values())
                  .map(r -> new Fact(answers.text(language, "rating." + r.code()), r.code()))
                  .toList(),
              answers.text(language, "rating.comment"),
              answers.text(language, "rating.submit"));
    }
    return new FormAnswer(
        answers.text(language, "letter.status.title"), "", facts, steps, List.of(), rating);
  }

  private String siteName(String siteId, FormLanguage language) {
    return sites
        .findSite(siteId)
        .map(
            site ->
                site.names()
                    .getOrDefault(language.tag(), site.names().getOrDefault("zh-CN", siteId)))
        .orElse(siteId);
  }
}
