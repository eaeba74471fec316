package org.zhanqun.cms.workflow;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The editor's start page: "my work". */
@Path("work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "workflow")
@SecurityRequirement(name = "bearer")
public class WorkResource {

  @Inject WorkService work;

  @GET
  @Operation(
      summary = "My work: drafts, sent back, awaiting my review, scheduled, outdated translations",
      description =
          "Of one site, or of every site the caller edits or reviews. Each list: at most 50 item"
              + " summaries, newest first, and a ...Total count. awaitingReview only for the"
              + " site's reviewers.")
  @APIResponse(responseCode = "200", description = "The lists")
  @APIResponse(
      responseCode = "403",
      description =
          "The caller has no role on the site (evaluators and administrators may read any)")
  @APIResponse(responseCode = "404", description = "No such site")
  public WorkView work(
      @QueryParam("site") @Parameter(description = "a site id; default: all the caller's sites")
          String site) {
    return work.work(site);
  }
}
