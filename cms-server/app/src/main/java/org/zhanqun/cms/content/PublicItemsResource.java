package org.zhanqun.cms.content;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

  @Inject LiveContentService live;

  @GET
  @Operation(
      summary = "List live items as summaries; default order: newest publication first",
      description =
          "Query parameters: site, column, type, language; updatedSince (ISO date-time with"
              + " offset: published since); page (1-based, default 1); size (1 to 100, default"
              + " 20); sort (updatedAt|createdAt|published|title|id[,asc|desc]; default"
              + " published,desc).")
  public ItemPage<PublishedItemSummary> list(
      @Valid @BeanParam PublicItemListParameters parameters) {
    return live.listPublished(parameters.filters());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One live item: its published revision with the body as sanitised HTML")
  public PublishedItemView get(@PathParam("id") long id) {
    return live.published(id);
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the file of a live form item")
  public Response file(@PathParam("id") long id) {
    return FilesResource.download(live.publishedFile(id));
  }
}
