package org.zhanqun.cms.content;

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
 * Where a file is used, under {@code /files/{id}/usage}: served by the content feature, since the
 * attachment feature knows no items (content builds on it, never the reverse).
 */
@Path("files/{id}/usage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "files")
@SecurityRequirement(name = "bearer")
public class FileUsageResource {

  @Inject FileUsageService usage;

  @GET
  @Operation(
      summary = "The items that use a file (editor of its site)",
      description =
          "how=form: form items offering it (working copy or live revision); how=link: guides"
              + " offering such a form, items whose body links to the file"
              + " (/files/{id}/content, /public/items/{form}/file, or within the site its"
              + " published copy /files/<name>). Items of sites the caller may not read are shown"
              + " only when live, with their live title and no status.")
  @APIResponse(responseCode = "200", description = "{file, usedBy}")
  @APIResponse(responseCode = "403", description = "not an editor of the file's site")
  @APIResponse(responseCode = "404", description = "no such file")
  public FileUsageView usage(@PathParam("id") long id) {
    return usage.usage(id);
  }
}
