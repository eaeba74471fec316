package org.zhanqun.cms.interaction.intake;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.rest.Public;

/** The stylesheet of the public forms' HTML answers ({@link FormAnswers}). */
@Path("public/forms")
@Public
@Tag(name = "interaction")
public class PublicFormsResource {

  private static final byte[] STYLESHEET = read("answer.css");

  @GET
  @Path("answer.css")
  @Operation(summary = "The stylesheet of the HTML answers to the public forms' plain posts")
  public Response stylesheet() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    return Response.ok(STYLESHEET, "text/css;charset=UTF-8").cacheControl(cache).build();
  }

  private static byte[] read(String name) {
    try (InputStream in = PublicFormsResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is not packaged beside " + PublicFormsResource.class);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
