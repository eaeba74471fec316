package org.zhanqun.cms.publish;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.rest.Public;

/** The page a preview link shows; the link's secret is the only credential. */
@Path("preview")
@Public
@Tag(name = "publish")
public class PreviewPageResource {

  @Inject PreviewService previews;

  @GET
  @Path("{token}")
  @Operation(summary = "The previewed page (HTML); 404 for an unknown or expired link")
  public Response page(@PathParam("token") String token) {
    // No @Produces: a browser accepts HTML, and a client asking for JSON gets JSON errors.
    return Response.ok(previews.page(token), "text/html;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .header("X-Robots-Tag", "noindex")
        .build();
  }
}
