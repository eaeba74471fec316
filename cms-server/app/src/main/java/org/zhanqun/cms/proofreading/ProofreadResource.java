package org.zhanqun.cms.proofreading;

import jakarta.inject.Inject;
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

/** The editor's live proofreading of texts not yet stored. */
@Path("proofread")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "proofreading")
@SecurityRequirement(name = "bearer")
public class ProofreadResource {

  @Inject ProofreadService proofreading;

  @POST
  @Operation(
      summary = "Proofread texts as submit and publish would (editors and reviewers)",
      description =
          "Body {site?, language?, fields: [{field, text}]}: 1 to 200 texts, each up to an item"
              + " body's limit. Answers {findings: [{category, severity, field, line, offset,"
              + " text, suggestion, context}], counts: {block, warn, byCategory}}; line is"
              + " 1-based within the field's text, offset 0-based UTF-16 units within the line."
              + " Stores nothing.")
  @APIResponse(responseCode = "200", description = "{findings, counts}")
  @APIResponse(
      responseCode = "400",
      description =
          "fields missing or more than 200, a field name or text missing or too long,"
              + " site unknown, language not offered")
  @APIResponse(responseCode = "401", description = "Not logged in")
  @APIResponse(
      responseCode = "403",
      description = "The caller edits no site, or not the site named")
  @APIResponse(
      responseCode = "503",
      description = "The proofreading dictionary is unusable (the message names file and line)")
  public ProofreadView proofread(@NotNull(message = "is required") ProofreadRequest request) {
    return proofreading.proofread(request);
  }
}
