package org.zhanqun.cms.publish;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.content.ItemPage;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;
import org.zhanqun.cms.security.CurrentCaller;

/** The publish log, and a full build on request. Administrators only. */
@Path("publish")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publish")
public class PublishResource {

  /** The deepest page of a list of runs (0-based): far more runs than are ever kept. */
  private static final int MAX_PAGE = 100_000;

  @Inject PublishService publishing;
  @Inject CurrentCaller caller;

  @GET
  @Path("runs")
  @Operation(
      summary = "The publish log: each run's trigger, changed pages and duration, newest first")
  public ItemPage<PublishRunView> runs(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    caller.requireAdministrator();
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInputException("page", "must be from 0 to " + MAX_PAGE);
    }
    if (size < 1 || size > 100) {
      throw new InvalidInputException("size", "must be from 1 to 100");
    }
    return publishing.runs(page, size);
  }

  @POST
  @Path("full")
  @Operation(summary = "Build the whole cluster now; 409 while another run is in progress")
  public PublishRunView full() {
    String who = caller.requireAdministrator().username();
    return publishing
        .publishAll("full", "requested by " + who)
        .orElseThrow(PublishInProgressException::new);
  }
}
