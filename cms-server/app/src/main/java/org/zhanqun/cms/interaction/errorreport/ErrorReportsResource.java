package org.zhanqun.cms.interaction.errorreport;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The handlers' side of error reports: list, forward to the responsible site, answer. */
@Path("error-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "error-reports")
@SecurityRequirement(name = "bearer")
public class ErrorReportsResource {

  @Inject ErrorReportService reports;

  @GET
  @Operation(
      summary = "Error reports, newest first",
      description =
          "Query site (optional) and status (open|answered, optional). Portal editors,"
              + " administrators and evaluators see every site's; others the sites they edit."
              + " The reporter's contact only for editors of the responsible site.")
  @APIResponse(responseCode = "200", description = "The reports with their steps")
  @APIResponse(responseCode = "400", description = "status unknown")
  @APIResponse(responseCode = "403", description = "Not a handler of the site")
  public List<ErrorReportView> list(
      @QueryParam("site") String site, @QueryParam("status") String status) {
    return reports.reports(site, status);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One error report with its steps")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "403", description = "Not a handler of its site")
  @APIResponse(responseCode = "404", description = "No such report")
  public ErrorReportView get(@PathParam("id") long id) {
    return reports.report(id);
  }

  @POST
  @Path("{id}/forward")
  @Operation(
      summary =
          "Forward an open report to the responsible site (editors of the portal or of the"
              + " site it is with)",
      description = "Body {site, reason}; recorded with who and when.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "site or reason missing, or the same site")
  @APIResponse(responseCode = "403", description = "Neither a portal editor nor of its site")
  @APIResponse(responseCode = "404", description = "No such report or site")
  @APIResponse(responseCode = "409", description = "Answered already")
  public ErrorReportView forward(
      @PathParam("id") long id, @NotNull(message = "is required") ForwardRequest request) {
    return reports.forward(id, request);
  }

  @POST
  @Path("{id}/answer")
  @Operation(
      summary = "Answer an open report (editors of the site it is with)",
      description = "Body {answer}: what was corrected, or why not; recorded with who and when.")
  @APIResponse(responseCode = "200", description = "The report, answered")
  @APIResponse(responseCode = "400", description = "answer missing or too long")
  @APIResponse(responseCode = "403", description = "Not an editor of its site")
  @APIResponse(responseCode = "409", description = "Answered already")
  public ErrorReportView answer(
      @PathParam("id") long id, @NotNull(message = "is required") AnswerRequest request) {
    return reports.answer(id, request);
  }
}
