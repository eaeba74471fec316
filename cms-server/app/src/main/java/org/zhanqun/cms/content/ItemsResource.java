package org.zhanqun.cms.content;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Content items for editors: any status, of the sites the caller may read. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
public class ItemsResource {

  @Inject ItemEditingService editing;

  @GET
  @Operation(
      summary = "List items with filters, text, paging and sorting",
      description =
          "Items of the sites the caller may read; 403 for a site filter they may not. Query"
              + " parameters: site, column, type, language; status (draft, in_review, scheduled,"
              + " published, withdrawn); updatedSince (ISO date-time with offset); q (1 to 100"
              + " characters that the title, slug, summary, 文号 (docNo) or 索引号 (indexNo)"
              + " contain, case-insensitive); page (1-based, default 1); size (1 to 100, default"
              + " 20); sort (updatedAt|createdAt|published|title|id[,asc|desc]; default"
              + " updatedAt,desc).")
  @APIResponse(responseCode = "200", description = "One page of items (ItemView)")
  @APIResponse(responseCode = "400", description = "A filter is invalid; the field names it")
  @APIResponse(responseCode = "403", description = "The caller may not read the site")
  public ItemPage<ItemView> list(@Valid @BeanParam ItemListParameters parameters) {
    return editing.list(parameters.filters());
  }

  @POST
  @Operation(summary = "Create an item (editor of its site); it starts as a draft")
  public Response create(
      @Valid @NotNull(message = "is required") ItemRequest request, @Context UriInfo uri) {
    ItemView created = editing.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One item's working copy, links, translations and warnings")
  public ItemView get(@PathParam("id") long id) {
    return editing.get(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change an item (editor of its site); send the version you read",
      description = "A stale version gets 409 with the current item in 'current'.")
  public ItemView change(
      @PathParam("id") long id, @Valid @NotNull(message = "is required") ItemRequest request) {
    return editing.change(id, request);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete an item that is not live and that no item of its own site links to",
      description =
          "Links from other sites' items do not block the delete: they are dropped and show as"
              + " broken ({id} only) to those items' editors. 409 carries the current item.")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version) {
    editing.delete(id, version);
    return Response.noContent().build();
  }
}
