package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void givesThePublishedPagesThePolicyOfTheSite() {
    assertThat(SecurityHeadersFilter.policyFor("/fgw/index.html"))
        .isEqualTo(SecurityHeadersFilter.SITE_POLICY)
        .contains("frame-ancestors 'none'");
  }

  @Test
  void letsOnlyPagesOfThisOriginFrameAPreview() {
    String policy = SecurityHeadersFilter.policyFor("/api/v1/preview/abc");

    assertThat(policy).contains("frame-ancestors 'self'").doesNotContain("frame-ancestors 'none'");
    assertThat(policy.replace("frame-ancestors 'self'", "frame-ancestors 'none'"))
        .isEqualTo(SecurityHeadersFilter.SITE_POLICY);
  }

  @Test
  void givesJsonAnswersAPolicyThatLoadsNothing() {
    assertThat(SecurityHeadersFilter.policyFor("/api/v1/items"))
        .isEqualTo(SecurityHeadersFilter.API_POLICY)
        .contains("default-src 'none'");
  }

  @Test
  void letsTheAuditReportKeepItsInlineStylesButRunNoScript() {
    String policy = SecurityHeadersFilter.policyFor("/api/v1/audit/runs/12/report.html");

    assertThat(policy).contains("style-src 'unsafe-inline'").doesNotContain("script-src");
    assertThat(policy).contains("default-src 'none'");
  }

  @Test
  void givesTheConsoleItsOwnPolicy() {
    for (String path :
        new String[] {"/admin", "/admin/", "/admin/index.html", "/admin/js/api.js"}) {
      assertThat(SecurityHeadersFilter.policyFor(path))
          .as(path)
          .isEqualTo(
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                  + " connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none';"
                  + " form-action 'self'; frame-ancestors 'none'");
    }
  }

  @Test
  void givesOnlyTheConsolesFolderTheConsolePolicy() {
    assertThat(SecurityHeadersFilter.policyFor("/administration/index.html"))
        .isEqualTo(SecurityHeadersFilter.SITE_POLICY);
    assertThat(SecurityHeadersFilter.policyFor("/fgw/admin/index.html"))
        .isEqualTo(SecurityHeadersFilter.SITE_POLICY);
    assertThat(SecurityHeadersFilter.isConsole("/admin/")).isTrue();
    assertThat(SecurityHeadersFilter.isConsole("/adminx")).isFalse();
  }

  @Test
  void allowsNoInlineScriptAnywhere() {
    for (String policy :
        new String[] {
          SecurityHeadersFilter.SITE_POLICY,
          SecurityHeadersFilter.API_POLICY,
          SecurityHeadersFilter.REPORT_POLICY,
          SecurityHeadersFilter.CONSOLE_POLICY
        }) {
      assertThat(policy).contains("frame-ancestors 'none'");
      assertThat(policy.replace("style-src 'unsafe-inline'", "")).doesNotContain("unsafe");
    }
  }
}
