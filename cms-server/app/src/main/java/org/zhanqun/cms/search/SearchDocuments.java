package org.zhanqun.cms.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;
import org.zhanqun.cms.content.ItemContent;
import org.zhanqun.cms.content.LiveItem;
import org.zhanqun.model.item.GuidePart;
import org.zhanqun.model.item.PolicyText;

/**
 * The Solr document of a live item, by the schema of the {@code zhanqun} configset: one document
 * per item (a language version), its text in the fields of its language ({@code title_zh}, {@code
 * body_en} ...), the exact-match fields for filters and facets. A pure function of the item and the
 * cluster layout.
 */
final class SearchDocuments {

  private SearchDocuments() {}

  /** The analysed-field suffix for a language tag: zh, en or ru (other languages: en). */
  static String suffix(String languageTag) {
    String tag = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
    if (tag.startsWith("zh")) {
      return "zh";
    }
    if (tag.startsWith("ru")) {
      return "ru";
    }
    return "en";
  }

  /** The document; empty when the item's site or column is not in the layout (no page exists). */
  static Optional<SolrInputDocument> of(LiveItem item, ClusterLayout layout) {
    Optional<String> url = layout.url(item);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    ItemContent content = item.content();
    String lang = suffix(item.language().tag());
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", Long.toString(item.id()));
    doc.setField("item_id", item.id());
    doc.setField("site", item.siteId());
    doc.setField("column", content.column());
    layout
        .columnPath(content.column())
        .ifPresent(path -> doc.setField("column_path", item.siteId() + "/" + path));
    doc.setField("type", item.type().code());
    doc.setField("language", item.language().tag());
    doc.setField("translation_key", content.translationKey());
    doc.setField("url", url.get());
    Instant published = item.firstPublishedAt() != null ? item.firstPublishedAt() : Instant.EPOCH;
    doc.setField("published", Date.from(published));
    if (item.lastPublishedAt() != null) {
      doc.setField("updated", Date.from(item.lastPublishedAt()));
    }
    doc.setField("published_year", Integer.toString(published.atZone(layout.zone()).getYear()));
    if (!content.tags().isEmpty()) {
      doc.setField("tags", content.tags());
    }
    List<String> meta = new ArrayList<>(content.tags());
    PolicyText policy = content.policy();
    if (policy != null) {
      setIfPresent(doc, "issuer", policy.issuer());
      setIfPresent(doc, "doc_number", policy.docNo());
      setIfPresent(doc, "index_number", policy.indexNo());
      ExactKey.of(policy.docNo()).ifPresent(key -> doc.setField("doc_number_key", key));
      ExactKey.of(policy.indexNo()).ifPresent(key -> doc.setField("index_number_key", key));
      meta.addAll(
          Stream.of(policy.issuer(), policy.docNo(), policy.indexNo(), policy.subject())
              .filter(Objects::nonNull)
              .toList());
      if (policy.keywords() != null) {
        meta.addAll(policy.keywords());
      }
    }
    GuidePart<Long> guide = content.guide();
    if (guide != null) {
      setIfPresent(doc, "guide_department", guide.department());
      meta.addAll(
          Stream.of(
                  guide.department(),
                  guide.itemCode(),
                  guide.itemType(),
                  guide.basis(),
                  guide.conditions(),
                  guide.location())
              .filter(Objects::nonNull)
              .toList());
      if (guide.materials() != null) {
        guide.materials().stream()
            .map(GuidePart.Material<Long>::name)
            .filter(Objects::nonNull)
            .forEach(meta::add);
      }
      if (guide.process() != null) {
        meta.addAll(guide.process());
      }
    }
    doc.setField("title_" + lang, content.title());
    String body =
        Stream.of(content.summary(), PlainText.of(content.body()))
            .filter(text -> text != null && !text.isBlank())
            .collect(Collectors.joining(" "));
    if (!body.isEmpty()) {
      doc.setField("body_" + lang, body);
    }
    if (!meta.isEmpty()) {
      doc.setField("meta_" + lang, String.join(" ", meta));
    }
    return Optional.of(doc);
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.setField(field, value.strip());
    }
  }
}
