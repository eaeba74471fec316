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
 * What changed in a translation's source, under {@code /items/{id}/source-changes}: a root path of
 * its own, like every sub-path of an item.
 */
@Path("items/{id}/source-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "revisions")
@SecurityRequirement(name = "bearer")
public class SourceChangesResource {

  @Inject HistoryService history;

  @GET
  @Operation(
      summary = "For a translation: what changed in its source since it was last saved",
      description =
          "The source is the version of the item's translation group in its site's first language"
              + " (as for 'outdated'). The changes run from the source's revision at the"
              + " translation's last content change to the source's current revision; empty when"
              + " the translation is not outdated.")
  @APIResponse(
      responseCode = "200",
      description = "{source, sinceRevision, sourceRevision, changes}")
  @APIResponse(
      responseCode = "400",
      description = "the item is itself the source, or its group has no source-language version")
  @APIResponse(responseCode = "403", description = "the caller may not read the item's site")
  @APIResponse(responseCode = "404", description = "no such item")
  public SourceChangesView sourceChanges(@PathParam("id") long id) {
    return history.sourceChanges(id);
  }
}
