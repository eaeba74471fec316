package org.zhanqun.cms.workflow;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk workflow steps, under {@code /items/bulk}: a root path of its own, which JAX-RS prefers to
 * {@code items} for this request (more literal characters), while {@code items/{id}} and {@code
 * items/{id}/workflow} do not match it.
 */
@Path("items/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "workflow")
@SecurityRequirement(name = "bearer")
public class BulkResource {

  @Inject BulkWorkflowService bulk;

  @POST
  @Operation(
      summary = "Submit, publish or withdraw up to 200 items, each in its own transaction",
      description =
          "Each item goes through the same step, with the same rights, as its single workflow"
              + " call, in a transaction of its own: an item refused or in conflict does not undo"
              + " the others. The answer has a result per item, in the order sent: outcome"
              + " done|refused|conflict|not-found, the status its single call would have had,"
              + " message, errors, and the item (after the step when done; the current item on a"
              + " conflict). Submit and publish proofread each item: blocking findings refuse it"
              + " with status 422 and the result's 'findings'; a bulk step takes no override"
              + " reason.")
  @APIResponse(responseCode = "200", description = "a result per item, with done and failed counts")
  @APIResponse(
      responseCode = "400",
      description =
          "unknown action, no items, more than 200, an id twice, a missing id or version"
              + " (items[n].version), a withdrawal without comment, 'at' not in the future")
  @APIResponse(responseCode = "401", description = "not logged in")
  public BulkView run(@NotNull(message = "is required") BulkRequest request) {
    return bulk.run(request);
  }
}
