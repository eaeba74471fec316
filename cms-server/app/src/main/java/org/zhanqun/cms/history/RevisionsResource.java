package org.zhanqun.cms.history;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.content.ItemView;
import org.zhanqun.cms.infrastructure.error.InvalidInputException;

/** An item's revisions: list, read, compare, restore. */
@Path("items/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "revisions")
@SecurityRequirement(name = "bearer")
public class RevisionsResource {

  @Inject HistoryService history;

  /** The body of a restore: the item version the caller read. */
  public record RestoreRequest(Integer version) {}

  @GET
  @Operation(summary = "The item's revisions, newest first")
  public List<RevisionView> list(@PathParam("id") long id) {
    return history.revisions(id);
  }

  @GET
  @Path("{number}")
  @Operation(summary = "One revision with its content")
  public RevisionView get(@PathParam("id") long id, @PathParam("number") int number) {
    return history.revision(id, number);
  }

  @GET
  @Path("diff")
  @Operation(summary = "The fields that differ between revisions 'from' and 'to'")
  public List<FieldChange> diff(
      @PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new InvalidInputException(
          from == null ? "from" : "to", "is required: a revision number");
    }
    return history.diff(id, from, to);
  }

  @POST
  @Path("{number}/restore")
  @Operation(summary = "Make this revision the working copy again, as a new revision")
  public ItemView restore(
      @PathParam("id") long id, @PathParam("number") int number, RestoreRequest request) {
    return history.restore(id, number, request == null ? null : request.version());
  }
}
