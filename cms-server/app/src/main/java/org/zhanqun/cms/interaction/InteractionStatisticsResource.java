package org.zhanqun.cms.interaction;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The letter statistics per site and period. */
@Path("interaction")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interaction")
@SecurityRequirement(name = "bearer")
public class InteractionStatisticsResource {

  @Inject LetterStatisticsService statistics;

  @GET
  @Path("statistics")
  @Operation(
      summary =
          "Received, answered, on time, overdue, average working days, published, satisfaction",
      description =
          "Per responsible site, for the letters received from `from` to `to` (YYYY-MM-DD; the"
              + " current year by default). A site's editors and reviewers read their site;"
              + " evaluators and administrators every site.")
  public StatisticsView statistics(
      @QueryParam("site") String site,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return statistics.statistics(site, from, to);
  }
}
