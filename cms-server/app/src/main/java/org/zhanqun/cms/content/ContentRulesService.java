package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.content.ContentRulesView.GuideElementView;
import org.zhanqun.cms.content.ContentRulesView.ItemLimitsView;
import org.zhanqun.cms.content.ContentRulesView.ProofreadingView;
import org.zhanqun.cms.content.ContentRulesView.UploadView;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.proofreading.OverrideReason;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.FileFormat;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.ItemLimits;
import org.zhanqun.model.item.Slug;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.SiteCode;
import org.zhanqun.proofreading.Category;
import org.zhanqun.proofreading.Severity;

/**
 * The content model's rules for clients: its lists and limits, and its verdict on one value. Every
 * answer comes from {@code org.zhanqun.model}, so a client that asks here and the API that judges a
 * save never disagree. Stateless and thread-safe.
 */
@ApplicationScoped
public class ContentRulesService {

  /** The values a client may have checked, by the name of the {@code kind} parameter. */
  enum Kind {
    INDEX_NO("indexNo", text -> IndexNumber.parse(text).map(IndexNumber::value)),
    DOC_NO("docNo", text -> DocumentNumber.parse(text).map(DocumentNumber::value)),
    SLUG("slug", text -> Slug.parse(text).map(Slug::value)),
    SITE_CODE("siteCode", text -> SiteCode.parse(text).map(SiteCode::value)),
    LANGUAGE("language", text -> Language.parse(text).map(Language::tag));

    private final String parameter;
    private final Function<String, Parsed<String>> parse;

    Kind(String parameter, Function<String, Parsed<String>> parse) {
      this.parameter = parameter;
      this.parse = parse;
    }

    static Optional<Kind> named(String parameter) {
      return Arrays.stream(values()).filter(k -> k.parameter.equals(parameter)).findFirst();
    }

    static String names() {
      return String.join(", ", Arrays.stream(values()).map(k -> k.parameter).toList());
    }
  }

  @Inject
  @ConfigProperty(name = "zhanqun.upload.max-bytes")
  long uploadMaxBytes;

  public ContentRulesView rules() {
    return new ContentRulesView(
        Arrays.stream(GuideElement.values())
            .map(e -> new GuideElementView(e.field(), e.standardName(), e.required()))
            .toList(),
        new ItemLimitsView(
            ItemLimits.TITLE,
            ItemLimits.SUMMARY,
            ItemLimits.SOURCE,
            ItemLimits.TAGS,
            ItemLimits.TAG,
            ItemLimits.KEYWORDS,
            ItemLimits.BODY,
            ItemLimits.FILE_NAME),
        new UploadView(
            uploadMaxBytes, Arrays.stream(FileFormat.values()).map(FileFormat::extension).toList()),
        new ProofreadingView(
            Category.codes(), Severity.codes(), OverrideReason.MIN, OverrideReason.MAX));
  }

  /**
   * The model's verdict on {@code value} as a value of {@code kind}.
   *
   * @throws org.zhanqun.cms.infrastructure.error.InvalidInputException naming {@code kind} when it
   *     is missing or unknown, and {@code value} when it is missing
   */
  public RuleCheckView check(String kind, String value) {
    FieldErrors errors = new FieldErrors();
    Optional<Kind> known = kind == null ? Optional.empty() : Kind.named(kind);
    if (kind == null) {
      errors.add("kind", "is required: one of " + Kind.names());
    } else if (known.isEmpty()) {
      errors.add("kind", "'" + StrictValues.shown(kind) + "' is not one of " + Kind.names());
    }
    if (value == null) {
      errors.add("value", "is required: the text to check");
    }
    errors.throwIfAny();
    Parsed<String> parsed = known.orElseThrow().parse.apply(value);
    return new RuleCheckView(
        parsed.isValid(), parsed.value().orElse(null), parsed.reason().orElse(null));
  }
}
