package org.zhanqun.cms.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhanqun.model.site.Language;

/** A site as the API shows it. */
public record SiteView(
    String id,
    String kind,
    Map<String, String> names,
    String department,
    String path,
    String theme,
    List<String> languages,
    IdentificationView identification,
    int position,
    Instant createdAt,
    Instant updatedAt,
    int version) {

  /** 网站标识码, records and contact. */
  public record IdentificationView(
      String siteCode, String icp, String publicSecurity, ContactView contact) {}

  /** The organiser's contact. */
  public record ContactView(String phone, String email, String address) {}

  static SiteView of(Site site) {
    SiteIdentification id = site.identification();
    IdentificationView identification =
        id == null
            ? null
            : new IdentificationView(
                id.siteCode(),
                id.icp(),
                id.publicSecurity(),
                new ContactView(id.phone(), id.email(), id.address()));
    return new SiteView(
        site.id(),
        site.kind().code(),
        new TreeMap<>(site.names()),
        site.department(),
        site.path(),
        site.theme(),
        site.languages().stream().map(Language::tag).toList(),
        identification,
        site.position(),
        site.createdAt(),
        site.updatedAt(),
        site.version());
  }
}
