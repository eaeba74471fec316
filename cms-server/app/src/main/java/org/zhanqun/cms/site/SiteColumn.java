package org.zhanqun.cms.site;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Set;
import org.zhanqun.model.site.ColumnCategory;
import org.zhanqun.model.site.ContentType;

/**
 * A column (栏目) of one site: a node of the site's column tree with names per language, the audit
 * category that sets its update limit, and the content types it holds. Its code ({@code news}) is
 * unique within the site and fixed at creation.
 */
@Entity
@Table(name = "site_column")
public class SiteColumn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(nullable = false)
  private String code;

  @Column(name = "parent_id")
  private Long parentId;

  @Convert(converter = LocalizedNamesConverter.class)
  private Map<String, String> names;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ColumnCategory category;

  @Convert(converter = ContentTypesConverter.class)
  @Column(name = "content_types", nullable = false)
  private Set<ContentType> types;

  private int position;

  @Version private int version;

  protected SiteColumn() {}

  SiteColumn(String siteId, String code, ColumnSettings settings) {
    this.siteId = siteId;
    this.code = code;
    apply(settings);
  }

  final void apply(ColumnSettings settings) {
    this.parentId = settings.parentId();
    this.names = settings.names();
    this.category = settings.category();
    this.types = settings.types();
    this.position = settings.position();
  }

  public Long id() {
    return id;
  }

  public String siteId() {
    return siteId;
  }

  public String code() {
    return code;
  }

  public Long parentId() {
    return parentId;
  }

  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  public ColumnCategory category() {
    return category;
  }

  public Set<ContentType> types() {
    return Set.copyOf(types);
  }

  public boolean holds(ContentType type) {
    return types.contains(type);
  }

  public int position() {
    return position;
  }

  public int version() {
    return version;
  }

  /** The validated settings of a column, everything but its site and code. */
  record ColumnSettings(
      Long parentId,
      Map<String, String> names,
      ColumnCategory category,
      Set<ContentType> types,
      int position) {

    static ColumnSettings of(SiteColumn column) {
      return new ColumnSettings(
          column.parentId, column.names, column.category, column.types, column.position);
    }
  }
}
