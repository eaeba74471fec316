package org.zhanqun.cms.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What every page footer of a site shows to identify it: 网站标识码, ICP record (ICP备案号),
 * public-security record (公安备案号) and the contact of the organiser. Any part may be missing; the
 * audit reports what is.
 */
@Embeddable
public class SiteIdentification {

  @Column(name = "site_code")
  private String siteCode;

  private String icp;

  @Column(name = "public_security")
  private String publicSecurity;

  @Column(name = "contact_phone")
  private String phone;

  @Column(name = "contact_email")
  private String email;

  @Column(name = "contact_address")
  private String address;

  protected SiteIdentification() {}

  public SiteIdentification(
      String siteCode,
      String icp,
      String publicSecurity,
      String phone,
      String email,
      String address) {
    this.siteCode = siteCode;
    this.icp = icp;
    this.publicSecurity = publicSecurity;
    this.phone = phone;
    this.email = email;
    this.address = address;
  }

  public String siteCode() {
    return siteCode;
  }

  public String icp() {
    return icp;
  }

  public String publicSecurity() {
    return publicSecurity;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String address() {
    return address;
  }

  /** Whether no part is given. */
  public boolean isEmpty() {
    return Stream.of(siteCode, icp, publicSecurity, phone, email, address)
        .allMatch(Objects::isNull);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SiteIdentification that
        && Objects.equals(siteCode, that.siteCode)
        && Objects.equals(icp, that.icp)
        && Objects.equals(publicSecurity, that.publicSecurity)
        && Objects.equals(phone, that.phone)
        && Objects.equals(email, that.email)
        && Objects.equals(address, that.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(siteCode, icp, publicSecurity, phone, email, address);
  }
}
