package org.zhanqun.cms.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.content.ItemPage;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/** The wake-up audit: runs, their reports in JSON, CSV and HTML, each site's findings and trend. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

  /** The deepest page of a list of runs (0-based): far more runs than are ever kept. */
  private static final int MAX_PAGE = 100_000;

  private static final String CSV = "text/csv; charset=UTF-8";
  private static final String HTML = "text/html; charset=UTF-8";

  @Inject AuditService audits;

  @POST
  @Path("runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Ask for an audit of the published cluster (or one site) as of a day, with the national"
              + " rules or a rules file of the request's own; evaluators and administrators. It"
              + " runs in the background: 202 with the run's id and status (queued); poll"
              + " runs/{id}/status until done or failed, then read runs/{id}")
  public Response start(AuditRunRequest request) {
    AuditRunView run = audits.start(request);
    return Response.accepted(run)
        .location(URI.create("audit/runs/" + run.id() + "/status"))
        .build();
  }

  @GET
  @Path("runs/{id}/status")
  @Operation(
      summary =
          "A run's status (queued, running, done, failed, with the reason) and, once done, its"
              + " outcome in brief")
  public AuditRunView status(@PathParam("id") long id) {
    return audits.status(id);
  }

  @GET
  @Path("runs")
  @Operation(summary = "The stored audit runs, newest as-of day first")
  public ItemPage<AuditRunView> runs(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInputException("page", "must be from 0 to " + MAX_PAGE);
    }
    if (size < 1 || size > 100) {
      throw new InvalidInputException("size", "must be from 1 to 100");
    }
    return audits.runs(page, size);
  }

  @GET
  @Path("runs/{id}")
  @Operation(
      summary =
          "A run's whole result once done: the JSON report of docs/audit.md; while the run is"
              + " queued or running, 202 with its status; a failed run: 200 with its status and"
              + " the reason")
  public Response result(@PathParam("id") long id) {
    AuditRunView run = audits.status(id);
    if (run.status().equals(AuditRunStatus.DONE.wireName())) {
      return Response.ok(audits.resultJson(id)).build();
    }
    boolean failed = run.status().equals(AuditRunStatus.FAILED.wireName());
    return Response.status(failed ? Response.Status.OK : Response.Status.ACCEPTED)
        .entity(run)
        .build();
  }

  @GET
  @Path("runs/{id}/report.csv")
  @Produces(CSV)
  @Operation(summary = "A run's findings as CSV, one row per finding")
  public Response csv(@PathParam("id") long id) {
    return Response.ok(audits.resultCsv(id))
        .header("Content-Disposition", "attachment; filename=\"audit-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("runs/{id}/report.html")
  @Produces(HTML)
  @Operation(summary = "A run's self-contained HTML report, with trends from the earlier runs")
  public String html(@PathParam("id") long id) {
    return audits.resultHtml(id);
  }

  @GET
  @Path("runs/{id}/sites/{site}")
  @Operation(
      summary = "One site's part of a run; for evaluators and the site's own editors and reviewers")
  public String siteResult(@PathParam("id") long id, @PathParam("site") String site) {
    return audits.siteResultJson(id, site);
  }

  @GET
  @Path("sites/{site}/trend")
  @Operation(
      summary =
          "A site's score over the stored runs and its findings opened and fixed since the"
              + " previous run; for evaluators and the site's own editors and reviewers")
  public SiteTrendView trend(@PathParam("site") String site) {
    return audits.siteTrend(site);
  }
}
