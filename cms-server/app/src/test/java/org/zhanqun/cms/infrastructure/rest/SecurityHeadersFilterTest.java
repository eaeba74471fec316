package org.zhanqun.cms.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void givesThePublishedPagesAndPreviewsThePolicyOfTheSite() {
    assertThat(SecurityHeadersFilter.policyFor("/fgw/index.html"))
        .isEqualTo(SecurityHeadersFilter.SITE_POLICY);
    assertThat(SecurityHeadersFilter.policyFor("/api/v1/preview/abc"))
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
  void allowsNoInlineScriptAnywhere() {
    for (String policy :
        new String[] {
          SecurityHeadersFilter.SITE_POLICY,
          SecurityHeadersFilter.API_POLICY,
          SecurityHeadersFilter.REPORT_POLICY
        }) {
      assertThat(policy).contains("frame-ancestors 'none'");
      assertThat(policy.replace("style-src 'unsafe-inline'", "")).doesNotContain("unsafe");
    }
  }
}
