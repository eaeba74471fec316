package org.zhanqun.cms.workflow;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.content.ItemView;

/**
 * Workflow steps of one item and its trail, under {@code /items/{id}/workflow}: a root path of its
 * own, because JAX-RS picks one root resource per request and {@code items/{id}} would hide the
 * item resource itself. A missing body counts as an empty one.
 */
@Path("items/{id}/workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workflow")
@SecurityRequirement(name = "bearer")
public class WorkflowResource {

  private static final WorkflowRequest EMPTY = new WorkflowRequest(null, null, null, null);

  @Inject WorkflowService workflow;

  @POST
  @Path("submit")
  @Operation(
      summary = "Submit a draft for review (editor of the site)",
      description =
          "Proofreads the working copy: a finding of severity 'block' refuses the step with 422"
              + " (errors: one per blocking finding on its field; findings: every finding) unless"
              + " 'overrideReason' (10 to 2000 characters) says why it may pass. The answer"
              + " carries the item's 'findings'; the trail records them and the reason.")
  @APIResponse(responseCode = "200", description = "The item in review, with its findings")
  @APIResponse(
      responseCode = "400",
      description =
          "overrideReason too short or long, or given when nothing blocks; a stale or bad version")
  @APIResponse(responseCode = "422", description = "Proofreading findings block the step")
  @APIResponse(responseCode = "503", description = "The proofreading dictionary is unusable")
  public ItemView submit(@PathParam("id") long id, @Valid WorkflowRequest request) {
    return workflow.submit(id, orEmpty(request));
  }

  @POST
  @Path("send-back")
  @Operation(summary = "Send an item in review back to its editor with a comment (reviewer)")
  public ItemView sendBack(@PathParam("id") long id, @Valid WorkflowRequest request) {
    return workflow.sendBack(id, orEmpty(request));
  }

  @POST
  @Path("publish")
  @Operation(
      summary = "Publish an item in review now, or at a future time 'at' (reviewer of the site)",
      description =
          "The request carries the 'version' the reviewer reviewed (400 without it; 409 with the"
              + " current item when an edit was saved since). The publication time is the server's"
              + " clock; it is set at the first publication and never moves earlier. The working"
              + " copy is proofread as on submit: blocking findings answer 422 unless the"
              + " reviewer gives their own 'overrideReason', which the trail records with the"
              + " findings.")
  @APIResponse(responseCode = "200", description = "The item published or scheduled, with findings")
  @APIResponse(responseCode = "422", description = "Proofreading findings block the publication")
  @APIResponse(responseCode = "503", description = "The proofreading dictionary is unusable")
  public ItemView publish(@PathParam("id") long id, @Valid WorkflowRequest request) {
    return workflow.publish(id, orEmpty(request));
  }

  @POST
  @Path("withdraw")
  @Operation(summary = "Take a live item off the sites, with a comment (reviewer)")
  public ItemView withdraw(@PathParam("id") long id, @Valid WorkflowRequest request) {
    return workflow.withdraw(id, orEmpty(request));
  }

  @GET
  @Path("history")
  @Operation(
      summary =
          "Every workflow step of the item: who, when, comment, publication time and, for"
              + " submit, publish, schedule and import, the proofreading findings and the"
              + " override reason")
  public List<WorkflowEventView> history(@PathParam("id") long id) {
    return workflow.history(id);
  }

  private static WorkflowRequest orEmpty(WorkflowRequest request) {
    return request == null ? EMPTY : request;
  }
}
