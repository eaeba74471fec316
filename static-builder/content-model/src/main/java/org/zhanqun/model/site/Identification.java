package org.zhanqun.model.site;

/**
 * What every page footer of a site shows; each part may be null when the site has not given it (the
 * audit reports what is missing).
 *
 * @param siteCode 网站标识码
 * @param icp ICP备案号
 * @param publicSecurity 公安备案号
 */
public record Identification(
    String siteCode,
    String icp,
    String publicSecurity,
    String phone,
    String email,
    String address) {

  public static final Identification NONE = new Identification(null, null, null, null, null, null);
}
