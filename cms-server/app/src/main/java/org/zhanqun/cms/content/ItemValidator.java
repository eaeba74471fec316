package org.zhanqun.cms.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.cms.attachment.AttachmentService;
import org.zhanqun.cms.content.policy.InterpretationDetails;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.FieldErrors;
import org.zhanqun.cms.infrastructure.error.StrictValues;
import org.zhanqun.cms.security.Caller;
import org.zhanqun.cms.site.Site;
import org.zhanqun.cms.site.SiteColumn;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.item.DocumentNumber;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.HttpUrl;
import org.zhanqun.model.item.IndexNumber;
import org.zhanqun.model.item.InterpretationForm;
import org.zhanqun.model.item.ItemLimits;
import org.zhanqun.model.item.PolicyText;
import org.zhanqun.model.item.Slug;
import org.zhanqun.model.item.Validity;
import org.zhanqun.model.site.ContentType;
import org.zhanqun.model.site.Language;

/**
 * Turns an {@link ItemRequest} into valid {@link ItemContent}, naming every field at fault: the
 * column must belong to the site and hold the type; type-specific parts must be present for their
 * type only and complete where the standard requires; references must point at items of the right
 * type that the caller may refer to: live items, or items of sites the caller edits (a reference
 * the item already holds may stay while its target exists). A reference to another site's item that
 * is not live is refused exactly as one to an id that does not exist ("no item"), so that neither
 * the item nor its type is revealed. Uniqueness is checked separately ({@link #duplicates}).
 */
@ApplicationScoped
class ItemValidator {

  @Inject SiteService sites;
  @Inject AttachmentService attachments;
  @Inject ContentRepository repository;
  @Inject Validator beanValidation;

  /**
   * The checks an imported item passes: exactly those of an API save — the request's Bean
   * Validation, then {@link #content} — so that the import stores nothing the API would refuse.
   * Every reference the import resolved may stay (it resolved them to items of the same import).
   *
   * @return the content as the API would store it
   */
  ItemContent imported(
      ItemContent content, Site site, ContentType type, Language language, FieldErrors errors) {
    ItemRequest request = ItemRequest.of(content, site.id(), type.code(), language.tag(), null);
    for (ConstraintViolation<ItemRequest> violation : beanValidation.validate(request)) {
      errors.add(violation.getPropertyPath().toString(), violation.getMessage());
    }
    if (!errors.isEmpty()) {
      return content; // refused: the field checks below expect what Bean Validation ensures
    }
    Set<Long> referenced = new HashSet<>();
    if (content.interpretation() != null && content.interpretation().interprets() != null) {
      referenced.addAll(content.interpretation().interprets());
    }
    if (content.guide() != null) {
      referenced.addAll(content.guide().allForms());
    }
    return content(request, site, type, content.slug(), Caller.SYSTEM, referenced, errors);
  }

  /**
   * @param caller who saves: decides which items may be referred to
   * @param kept the ids the item already refers to, which may stay while they exist
   */
  ItemContent content(
      ItemRequest request,
      Site site,
      ContentType type,
      String generatedSlug,
      Caller caller,
      Set<Long> kept,
      FieldErrors errors) {
    References references = new References(caller, kept);
    long columnId = request.column();
    Optional<SiteColumn> column =
        sites.findColumn(columnId).filter(c -> c.siteId().equals(site.id()));
    if (column.isEmpty()) {
      errors.add("column", "no column " + columnId + " in site " + site.id());
    } else if (!column.get().holds(type)) {
      errors.add(
          "column",
          "column "
              + column.get().code()
              + " holds "
              + column.get().types().stream().map(ContentType::code).sorted().toList()
              + ", not "
              + type.code());
    }
    String slug = request.slug() != null ? request.slug() : request.translationKey();
    if (slug == null) {
      slug = generatedSlug;
    } else if (!Slug.parse(slug).isValid()) {
      errors.add(
          request.slug() != null ? "slug" : "translationKey",
          Slug.parse(slug).reason().orElseThrow());
    } else if (UrlScheme.RESERVED_SLUGS.contains(slug)) {
      errors.add(
          request.slug() != null ? "slug" : "translationKey",
          "'"
              + slug
              + "' is reserved: the published site writes a file of that name itself; reserved are "
              + UrlScheme.RESERVED_SLUGS.stream().sorted().toList());
    }
    String translationKey = request.translationKey() != null ? request.translationKey() : slug;
    if (request.translationKey() != null) {
      Slug.parse(translationKey).reason().ifPresent(reason -> errors.add("translationKey", reason));
    }
    partOnlyFor(type, ContentType.POLICY, "policy", request.policy(), errors);
    partOnlyFor(
        type, ContentType.INTERPRETATION, "interpretation", request.interpretation(), errors);
    partOnlyFor(type, ContentType.GUIDE, "guide", request.guide(), errors);
    partOnlyFor(type, ContentType.FORM, "form", request.form(), errors);
    PolicyText policy = type == ContentType.POLICY ? policy(request.policy(), errors) : null;
    InterpretationDetails interpretation =
        type == ContentType.INTERPRETATION
            ? interpretation(request.interpretation(), references, errors)
            : null;
    GuidePart<Long> guide =
        type == ContentType.GUIDE ? guide(request.guide(), references, errors) : null;
    ItemContent.FormDetails form =
        type == ContentType.FORM ? form(request.form(), site, errors) : null;
    return new ItemContent(
        columnId,
        translationKey,
        slug,
        request.title().strip(),
        blankToNull(request.summary()),
        request.body() == null ? "" : request.body(),
        blankToNull(request.source()),
        request.tags() == null
            ? List.of()
            : request.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).toList(),
        policy,
        interpretation,
        guide,
        form);
  }

  /** The unique values of {@code content} already taken by another item. */
  List<FieldError> duplicates(ItemContent content, String siteId, String language, Long itemId) {
    List<FieldError> errors = new ArrayList<>();
    if (content.policy() != null) {
      // the language versions of one policy share its 索引号; another policy may not have it
      repository.withIndexNo(content.policy().indexNo()).stream()
          .filter(other -> !other.id().equals(itemId))
          .filter(
              other ->
                  !(other.siteId().equals(siteId)
                      && other.translationKey().equals(content.translationKey())))
          .findFirst()
          .ifPresent(
              other ->
                  errors.add(
                      new FieldError(
                          "policy.indexNo",
                          "索引号 "
                              + content.policy().indexNo()
                              + " is already used by "
                              // another site's item may be a draft: neither id nor site is shown
                              + (other.siteId().equals(siteId)
                                  ? "item " + other.id()
                                  : "an item of another site"))));
    }
    repository
        .findBySlug(siteId, language, content.slug())
        .filter(other -> !other.id().equals(itemId))
        .ifPresentOrElse(
            other ->
                errors.add(
                    new FieldError(
                        "slug", "'" + content.slug() + "' is already used by item " + other.id())),
            () ->
                // the live revision of an item renamed since it was published still has its page
                repository
                    .withLiveSlug(siteId, language, content.slug(), itemId)
                    .ifPresent(
                        other ->
                            errors.add(
                                new FieldError(
                                    "slug",
                                    "'"
                                        + content.slug()
                                        + "' is still the slug of the published version of item "
                                        + other))));
    repository.translationGroup(siteId, content.translationKey()).stream()
        .filter(other -> other.language().tag().equals(language))
        .filter(other -> !other.id().equals(itemId))
        .findFirst()
        .ifPresent(
            other ->
                errors.add(
                    new FieldError(
                        "translationKey",
                        "item "
                            + other.id()
                            + " is already the "
                            + language
                            + " version of '"
                            + content.translationKey()
                            + "'")));
    return errors;
  }

  private static void partOnlyFor(
      ContentType type, ContentType owner, String field, Object part, FieldErrors errors) {
    if (type == owner && part == null) {
      errors.add(field, "is required for " + owner.code() + " items");
    } else if (type != owner && part != null) {
      errors.add(field, "only " + owner.code() + " items have it; this is a " + type.code());
    }
  }

  private static PolicyText policy(PolicyText policy, FieldErrors errors) {
    if (policy == null) {
      return null;
    }
    String indexNo = strip(policy.indexNo());
    if (indexNo == null) {
      errors.add("policy.indexNo", "is required: the 索引号");
    } else {
      indexNo =
          parsed("policy.indexNo", IndexNumber.parse(indexNo), errors)
              .map(IndexNumber::value)
              .orElse(indexNo);
    }
    if (strip(policy.issuer()) == null) {
      errors.add("policy.issuer", "is required: the 发文机关");
    }
    String docNo = strip(policy.docNo());
    if (docNo != null) {
      docNo =
          parsed("policy.docNo", DocumentNumber.parse(docNo), errors)
              .map(DocumentNumber::value)
              .orElse(docNo);
    }
    if (strip(policy.writtenOn()) == null) {
      errors.add("policy.writtenOn", "is required: the 成文日期, YYYY-MM-DD");
    } else {
      date("policy.writtenOn", policy.writtenOn(), errors);
    }
    String validity = strip(policy.validity());
    if (validity == null) {
      validity = Validity.VALID.code();
    } else {
      parsed("policy.validity", Validity.parse(validity), errors);
    }
    if (policy.validUntil() != null) {
      date("policy.validUntil", policy.validUntil(), errors);
    }
    if (policy.keywords() != null && policy.keywords().size() > ItemLimits.KEYWORDS) {
      errors.add("policy.keywords", "at most " + ItemLimits.KEYWORDS + " 主题词");
    }
    return new PolicyText(
        indexNo,
        strip(policy.issuer()),
        docNo,
        strip(policy.writtenOn()),
        strip(policy.subject()),
        policy.keywords() == null ? null : List.copyOf(policy.keywords()),
        validity,
        strip(policy.validUntil()));
  }

  private InterpretationDetails interpretation(
      InterpretationDetails interpretation, References references, FieldErrors errors) {
    if (interpretation == null) {
      return null;
    }
    List<Long> policies =
        interpretation.interprets() == null ? List.of() : interpretation.interprets();
    if (policies.isEmpty()) {
      errors.add("interpretation.interprets", "is required: the ids of the policies it explains");
    }
    references.require("interpretation.interprets", policies, ContentType.POLICY, errors);
    String form =
        interpretation.form() == null
            ? InterpretationForm.TEXT.code()
            : parsed("interpretation.form", InterpretationForm.parse(interpretation.form()), errors)
                .map(InterpretationForm::code)
                .orElse(interpretation.form());
    return new InterpretationDetails(List.copyOf(policies.stream().distinct().toList()), form);
  }

  private GuidePart<Long> guide(GuidePart<Long> guide, References references, FieldErrors errors) {
    if (guide == null) {
      return null;
    }
    List<Long> forms = guide.forms() == null ? List.of() : guide.forms();
    references.require("guide.forms", forms, ContentType.FORM, errors);
    if (guide.materials() != null) {
      for (int i = 0; i < guide.materials().size(); i++) {
        GuidePart.Material<Long> material = guide.materials().get(i);
        if (material == null || strip(material.name()) == null) {
          errors.add("guide.materials[" + i + "].name", "is required");
        } else if (material.form() != null) {
          references.require(
              "guide.materials[" + i + "].form",
              List.of(material.form()),
              ContentType.FORM,
              errors);
        }
        if (material != null && material.copies() != null && material.copies() < 0) {
          errors.add("guide.materials[" + i + "].copies", "must not be negative");
        }
      }
    }
    if (guide.timeLimit() != null) {
      if (guide.timeLimit().statutoryDays() != null && guide.timeLimit().statutoryDays() < 0) {
        errors.add("guide.timeLimit.statutoryDays", "must not be negative");
      }
      if (guide.timeLimit().promisedDays() != null && guide.timeLimit().promisedDays() < 0) {
        errors.add("guide.timeLimit.promisedDays", "must not be negative");
      }
    }
    String onlineUrl = strip(guide.onlineUrl());
    if (onlineUrl != null) {
      onlineUrl =
          parsed("guide.onlineUrl", HttpUrl.parse(onlineUrl), errors)
              .map(HttpUrl::value)
              .orElse(onlineUrl);
    }
    // stored as a content file reads it back: texts stripped, a time limit without a number absent
    List<GuidePart.Material<Long>> materials =
        guide.materials().stream()
            .map(
                m ->
                    m == null
                        ? null
                        : new GuidePart.Material<>(
                            strip(m.name()), m.form(), m.copies(), m.original(), m.required()))
            .toList();
    return new GuidePart<>(
        strip(guide.itemCode()),
        strip(guide.itemType()),
        strip(guide.basis()),
        strip(guide.conditions()),
        materials,
        guide.process(),
        guide.timeLimit() == null || guide.timeLimit().isEmpty() ? null : guide.timeLimit(),
        strip(guide.fees()),
        strip(guide.location()),
        strip(guide.hours()),
        strip(guide.department()),
        strip(guide.phone()),
        strip(guide.supervisionPhone()),
        onlineUrl,
        guide.forms());
  }

  private ItemContent.FormDetails form(
      ItemContent.FormDetails form, Site site, FieldErrors errors) {
    if (form == null) {
      return null;
    }
    if (form.fileId() == null) {
      errors.add("form.fileId", "is required: the id of an uploaded file");
    } else if (!attachments.belongsTo(form.fileId(), site.id())) {
      errors.add("form.fileId", "no file " + form.fileId() + " in site " + site.id());
    }
    return form;
  }

  /** The references of one request: who makes them and which the item already holds. */
  private final class References {

    private final Caller caller;
    private final Set<Long> kept;

    References(Caller caller, Set<Long> kept) {
      this.caller = caller;
      this.kept = kept;
    }

    void require(String field, List<Long> ids, ContentType type, FieldErrors errors) {
      List<ContentItem> found =
          repository.findAll(ids.stream().filter(Objects::nonNull).distinct().toList());
      for (int i = 0; i < ids.size(); i++) {
        Long id = ids.get(i);
        String at = ids.size() == 1 && !field.endsWith("s") ? field : field + "[" + i + "]";
        Optional<ContentItem> item =
            found.stream()
                .filter(candidate -> candidate.id().equals(id))
                .filter(this::mayReferTo)
                .findFirst();
        if (item.isEmpty()) {
          errors.add(at, "no item " + id);
        } else if (item.get().type() != type) {
          errors.add(
              at, "item " + id + " is a " + item.get().type().code() + ", not a " + type.code());
        }
      }
    }

    private boolean mayReferTo(ContentItem target) {
      return target.isLive() || caller.canEdit(target.siteId()) || kept.contains(target.id());
    }
  }

  /** The value, or empty after reporting the model's reason under {@code field}. */
  private static <T> Optional<T> parsed(String field, Parsed<T> parsed, FieldErrors errors) {
    parsed.reason().ifPresent(reason -> errors.add(field, reason));
    return parsed.value();
  }

  private static void date(String field, String text, FieldErrors errors) {
    StrictValues.date(field, text, errors);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
