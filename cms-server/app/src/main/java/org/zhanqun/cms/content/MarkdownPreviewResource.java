package org.zhanqun.cms.content;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The editor's live preview of a Markdown body. */
@Path("markdown/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
public class MarkdownPreviewResource {

  @Inject ItemEditingService editing;

  @POST
  @Operation(
      summary = "Render a Markdown body as the public page's body HTML",
      description =
          "The static builder's own renderer and sanitiser: no script, event handler or"
              + " javascript: URL survives. Links are left as written, as the builder leaves"
              + " them. Editors and reviewers of the site.")
  @APIResponse(responseCode = "200", description = "{html}")
  @APIResponse(
      responseCode = "400",
      description = "site missing or unknown, language not offered, body missing or too long")
  @APIResponse(responseCode = "403", description = "The caller does not edit the site")
  public MarkdownPreviewView preview(
      @Valid @NotNull(message = "is required") MarkdownPreviewRequest request) {
    return editing.previewMarkdown(request);
  }
}
