package org.zhanqun.cms.history;

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

/**
 * The review diff of an item, under {@code /items/{id}/live-diff}: a root path of its own, like
 * every sub-path of an item (JAX-RS picks one root resource per request).
 */
@Path("items/{id}/live-diff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "revisions")
@SecurityRequirement(name = "bearer")
public class LiveDiffResource {

  @Inject HistoryService history;

  @GET
  @Operation(
      summary = "The working copy against the live revision, field by field",
      description =
          "What publishing the working copy would change. When the item was never published (or"
              + " is withdrawn), liveRevision is null and every field is added (before null).")
  @APIResponse(responseCode = "200", description = "{liveRevision, revision, changes}")
  @APIResponse(responseCode = "403", description = "the caller may not read the item's site")
  @APIResponse(responseCode = "404", description = "no such item")
  public LiveDiffView liveDiff(@PathParam("id") long id) {
    return history.liveDiff(id);
  }
}
