package org.zhanqun.cms.interaction;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Handling letters: the responsible site's editors accept, reject, assign, draft, submit and close;
 * its reviewers send back, approve and publish. Another site's handler gets 403, a step out of
 * order 409.
 */
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "interaction")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "403", description = "not a handler (reviewer) of the letter's site")
@APIResponse(responseCode = "404", description = "no such letter")
@APIResponse(responseCode = "409", description = "the letter is not ready for this step")
public class LettersResource {

  @Inject LetterHandlingService handling;

  @GET
  @Operation(
      summary = "Letters of a site, or of every site the caller handles, newest first",
      description =
          "overdue=true: waiting past the due date; dueWithin=N: due within N working days")
  public List<LetterSummaryView> list(
      @QueryParam("site") String site,
      @QueryParam("status") String status,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("dueWithin") Integer dueWithin,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return handling.list(site, status, overdue, dueWithin, page, size);
  }

  @GET
  @Path("overdue")
  @Operation(summary = "Letters waiting past their due date, per site")
  public List<OverdueView> overdue() {
    return handling.overdue();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A letter with its steps; personal data only for its site's handlers")
  public LetterView letter(@PathParam("id") long id) {
    return handling.letter(id);
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "受理: accept the letter as valid")
  public LetterView accept(@PathParam("id") long id) {
    return handling.accept(id);
  }

  @POST
  @Path("{id}/reject")
  @Operation(summary = "Reject the letter as invalid; the citizen reads the reason")
  public LetterView reject(@PathParam("id") long id, HandlingRequest request) {
    return handling.reject(id, orEmpty(request));
  }

  @POST
  @Path("{id}/assign")
  @Operation(
      summary = "分办/转办: hand the letter to another site",
      description = "The portal's handlers route to any site; a department's need a reason")
  public LetterView assign(@PathParam("id") long id, HandlingRequest request) {
    return handling.assign(id, orEmpty(request));
  }

  @POST
  @Path("{id}/draft")
  @Operation(summary = "办理: write the draft reply")
  public LetterView draft(@PathParam("id") long id, HandlingRequest request) {
    return handling.draft(id, orEmpty(request));
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Hand the draft reply to the site's reviewers")
  public LetterView submit(@PathParam("id") long id) {
    return handling.submit(id);
  }

  @POST
  @Path("{id}/send-back")
  @Operation(summary = "A reviewer sends the draft back with a comment")
  public LetterView sendBack(@PathParam("id") long id, HandlingRequest request) {
    return handling.sendBack(id, orEmpty(request));
  }

  @POST
  @Path("{id}/approve")
  @Operation(summary = "答复: a reviewer approves; the citizen reads the reply")
  public LetterView approve(@PathParam("id") long id) {
    return handling.approve(id);
  }

  @POST
  @Path("{id}/publish")
  @Operation(
      summary = "公开: a reviewer publishes the edited question and reply",
      description = "Only with the citizen's consent; text with personal data is refused (422)")
  @APIResponse(responseCode = "422", description = "the text holds personal data")
  public LetterView publish(@PathParam("id") long id, HandlingRequest request) {
    return handling.publish(id, orEmpty(request));
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "办结: close the replied letter")
  public LetterView close(@PathParam("id") long id) {
    return handling.close(id);
  }

  private static HandlingRequest orEmpty(HandlingRequest request) {
    return request == null ? HandlingRequest.EMPTY : request;
  }
}
