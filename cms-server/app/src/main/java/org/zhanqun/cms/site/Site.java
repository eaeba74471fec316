package org.zhanqun.cms.site;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhanqun.model.site.Language;
import org.zhanqun.model.site.SiteKind;

/**
 * One site of the cluster: the portal or a department's site. Its id ({@code fgw}) is fixed at
 * creation; everything else may change. Offers a subset of the cluster's languages.
 */
@Entity
@Table(name = "site")
public class Site {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SiteKind kind;

  @Convert(converter = LocalizedNamesConverter.class)
  private Map<String, String> names;

  @Column(nullable = false)
  private String department;

  @Column(nullable = false)
  private String path;

  @Column(nullable = false)
  private String theme;

  @Convert(converter = LanguagesConverter.class)
  private List<Language> languages;

  @Embedded private SiteIdentification identification;

  private int position;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Site() {}

  Site(String id, SiteSettings settings, Instant now) {
    this.id = id;
    this.createdAt = now;
    apply(settings, now);
  }

  final void apply(SiteSettings settings, Instant now) {
    this.kind = settings.kind();
    this.names = settings.names();
    this.department = settings.department();
    this.path = settings.path();
    this.theme = settings.theme();
    this.languages = settings.languages();
    this.identification = settings.identification();
    this.position = settings.position();
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public SiteKind kind() {
    return kind;
  }

  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  public String department() {
    return department;
  }

  public String path() {
    return path;
  }

  public String theme() {
    return theme;
  }

  public List<Language> languages() {
    return List.copyOf(languages);
  }

  public boolean offers(Language language) {
    return languages.contains(language);
  }

  public SiteIdentification identification() {
    return identification;
  }

  public int position() {
    return position;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public int version() {
    return version;
  }

  /** The validated settings of a site, everything but its id. */
  record SiteSettings(
      SiteKind kind,
      Map<String, String> names,
      String department,
      String path,
      String theme,
      List<Language> languages,
      SiteIdentification identification,
      int position) {

    static SiteSettings of(Site site) {
      return new SiteSettings(
          site.kind,
          site.names,
          site.department,
          site.path,
          site.theme,
          site.languages,
          site.identification == null || site.identification.isEmpty() ? null : site.identification,
          site.position);
    }
  }
}
