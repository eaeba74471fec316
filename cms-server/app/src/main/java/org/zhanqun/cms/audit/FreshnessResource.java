package org.zhanqun.cms.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A site's freshness radar for the console's start page. */
@Path("sites/{site}/freshness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
public class FreshnessResource {

  @Inject FreshnessService freshness;

  @GET
  @Operation(
      summary = "The site's freshness radar as of today",
      description =
          "Every column with its last update, its category's limit and the days left (ok,"
              + " due-soon, stale, empty, no-limit), and early warnings before the vetoes"
              + " home-not-updated, empty-columns, columns-not-updated and"
              + " should-update-columns-stale, at the rules data's warnAt. Computed by the audit"
              + " library from the live items' dates; no link is checked. Editors and reviewers of"
              + " the site, evaluators, administrators.")
  @APIResponse(responseCode = "200", description = "The radar")
  @APIResponse(responseCode = "403", description = "The caller may not read the site's audit")
  @APIResponse(responseCode = "404", description = "No such site")
  public FreshnessView radar(@PathParam("site") String site) {
    return freshness.radar(site);
  }
}
