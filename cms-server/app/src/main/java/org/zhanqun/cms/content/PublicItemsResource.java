package org.zhanqun.cms.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.attachment.FilesResource;
import org.zhanqun.cms.infrastructure.rest.Public;

/** Published content for any reader and any channel (the headless use); needs no login. */
@Path("public/items")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
public class PublicItemsResource {

  @Inject ContentService content;

  @GET
  @Operation(summary = "List live items as summaries; default order: newest publication first")
  public ItemPage<PublishedItemSummary> list(
      @QueryParam("site") String site,
      @QueryParam("column") Long column,
      @QueryParam("type") String type,
      @QueryParam("language") String language,
      @QueryParam("updatedSince") String updatedSince,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("sort") String sort) {
    return content.listPublished(
        new ContentService.ListFilters(
            site, column, type, language, null, updatedSince, null, page, size, sort));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One live item: its published revision with the body as sanitised HTML")
  public PublishedItemView get(@PathParam("id") long id) {
    return content.published(id);
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the file of a live form item")
  public Response file(@PathParam("id") long id) {
    return FilesResource.download(content.publishedFile(id));
  }
}
