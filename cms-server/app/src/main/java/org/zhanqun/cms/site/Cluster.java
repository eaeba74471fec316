package org.zhanqun.cms.site;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.zhanqun.model.site.Language;

/**
 * The website cluster (站群): its name, base URL, default and offered languages and the time zone
 * dates without an offset are read in. There is exactly one, created by the schema migration.
 */
@Entity
@Table(name = "cluster")
public class Cluster {

  @Id private String id;

  @Convert(converter = LocalizedNamesConverter.class)
  private Map<String, String> names;

  @Column(name = "base_url", nullable = false)
  private String baseUrl;

  @Column(name = "default_language", nullable = false)
  private String defaultLanguage;

  @Convert(converter = LanguagesConverter.class)
  private List<Language> languages;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Version private int version;

  protected Cluster() {}

  public String id() {
    return id;
  }

  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Language defaultLanguage() {
    return new Language(defaultLanguage);
  }

  public List<Language> languages() {
    return List.copyOf(languages);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public int version() {
    return version;
  }

  void change(
      Map<String, String> names,
      String baseUrl,
      Language defaultLanguage,
      List<Language> languages,
      ZoneId timeZone) {
    this.names = names;
    this.baseUrl = baseUrl;
    this.defaultLanguage = defaultLanguage.tag();
    this.languages = languages;
    this.timeZone = timeZone.getId();
  }
}
