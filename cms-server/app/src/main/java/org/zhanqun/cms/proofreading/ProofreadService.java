package org.zhanqun.cms.proofreading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.security.AccessDeniedException;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.security.CurrentCaller;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.item.ItemLimits;
import org.zhanqun.model.site.Language;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.FieldText;

/**
 * Proofreads texts that are not stored (the console's live check), with the same proofreader that
 * refuses a submit or publication. Reads nothing from the database but the site; stateless.
 */
@ApplicationScoped
public class ProofreadService {

  static final int MAX_FIELD_NAME = 200;

  @Inject ServerProofreader proofreader;
  @Inject CurrentCaller currentCaller;
  @Inject SiteService sites;

  public ProofreadView proofread(ProofreadRequest request) {
    Caller caller = currentCaller.require();
    if (request.site() != null) {
      Site site =
          sites
              .findSite(request.site())
              .orElseThrow(() -> new InvalidInputException("site", "no site " + request.site()));
      currentCaller.requireEditor(site.id());
      checkLanguage(site, request.language());
    } else if (caller.grants().isEmpty()) {
      throw new AccessDeniedException(caller.username(), "proofread texts: they edit no site");
    } else if (request.language() != null) {
      language(request.language());
    }
    List<FieldText> texts = texts(request.fields());
    List<FindingView> findings =
        proofreader.proofreader().check(texts).stream().map(FindingView::of).toList();
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    Category.codes().forEach(code -> byCategory.put(code, 0));
    findings.forEach(f -> byCategory.merge(f.category(), 1, Integer::sum));
    int block = (int) findings.stream().filter(FindingView::blocks).count();
    return new ProofreadView(
        findings, new ProofreadView.Counts(block, findings.size() - block, byCategory));
  }

  private static List<FieldText> texts(List<ProofreadRequest.Field> fields) {
    if (fields == null || fields.isEmpty()) {
      throw new InvalidInputException("fields", "is required: at least one {field, text}");
    }
    if (fields.size() > ProofreadRequest.MAX_FIELDS) {
      throw new InvalidInputException(
          "fields",
          "at most " + ProofreadRequest.MAX_FIELDS + " texts in one request, not " + fields.size());
    }
    FieldErrors errors = new FieldErrors();
    for (int i = 0; i < fields.size(); i++) {
      ProofreadRequest.Field field = fields.get(i);
      String path = "fields[" + i + "]";
      if (field == null) {
        errors.add(path, "is required: {field, text}");
        continue;
      }
      if (field.field() == null || field.field().isBlank()) {
        errors.add(path + ".field", "is required: the item field the text is, e.g. body");
      } else if (field.field().length() > MAX_FIELD_NAME) {
        errors.add(path + ".field", "at most " + MAX_FIELD_NAME + " characters");
      }
      if (field.text() == null) {
        errors.add(path + ".text", "is required: the text to proofread (may be empty)");
      } else if (field.text().length() > ItemLimits.BODY) {
        errors.add(
            path + ".text",
            "at most "
                + ItemLimits.BODY
                + " characters, as an item's body; it has "
                + field.text().length());
      }
    }
    errors.throwIfAny();
    return fields.stream().map(f -> new FieldText(f.field(), f.text())).toList();
  }

  private static void checkLanguage(Site site, String tag) {
    if (tag == null) {
      return;
    }
    Language language = language(tag);
    if (!site.offers(language)) {
      throw new InvalidInputException(
          "language", "site " + site.id() + " does not offer " + language.tag());
    }
  }

  private static Language language(String tag) {
    Optional<Language> language = Language.parse(tag).value();
    if (language.isEmpty()) {
      throw new InvalidInputException("language", Language.parse(tag).reason().orElseThrow());
    }
    return language.get();
  }
}
