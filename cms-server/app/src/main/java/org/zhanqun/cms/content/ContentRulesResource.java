package org.zhanqun.cms.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The content model's rules, read-only, for clients that check before they send (the console's
 * format hints, guide meter and upload checks).
 */
@Path("content-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
public class ContentRulesResource {

  @Inject ContentRulesService rules;

  @GET
  @Operation(
      summary = "The service guide's elements, the item text limits and the upload limits",
      description =
          "guideElements: every element in the order of a printed guide, {field, standardName,"
              + " required}; itemLimits: the most characters of title, summary, source, tag,"
              + " fileName and body, the most tags and keywords; upload: {maxBytes (the"
              + " configured zhanqun.upload.max-bytes), extensions}. Any signed-in user.")
  @APIResponse(responseCode = "200", description = "{guideElements, itemLimits, upload}")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public ContentRulesView rules() {
    return rules.rules();
  }

  @GET
  @Path("check")
  @Operation(
      summary = "Whether the API accepts a value, its canonical form, or why not",
      description =
          "The content model's own parse, as a save runs it: value is the text as it would be"
              + " stored (a 文号's look-alike brackets around the year become 〔〕, a language tag"
              + " gets its canonical case), reason the sentence a save's field error gives."
              + " Uniqueness and reserved slugs are judged only when saving. Any signed-in user.")
  @APIResponse(responseCode = "200", description = "{valid, value, reason}")
  @APIResponse(
      responseCode = "400",
      description = "kind missing or not one of those listed, or value missing; each is named")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public RuleCheckView check(
      @Parameter(
              description = "indexNo (索引号), docNo (文号), slug, siteCode (网站标识码) or language (a tag)")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "the text to check, as typed") @QueryParam("value") String value) {
    return rules.check(kind, value);
  }
}
