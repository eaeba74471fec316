package org.zhanqun.cms.publish;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Making a preview link for an item. */
@Path("items/{id}/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publish")
public class PreviewResource {

  @Inject PreviewService previews;

  @POST
  @Operation(
      summary =
          "A link showing the item's working copy with its site's templates; editors and"
              + " reviewers of the site; expires after zhanqun.preview.ttl")
  public Response create(@PathParam("id") long id) {
    PreviewLinkView link = previews.link(id);
    return Response.created(URI.create(link.url())).entity(link).build();
  }
}
