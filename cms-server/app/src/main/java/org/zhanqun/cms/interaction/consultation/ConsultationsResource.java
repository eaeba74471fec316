package org.zhanqun.cms.interaction.consultation;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The handlers' side of consultations (征集调查): editors of the site, its reviewers publish. */
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consultations")
@SecurityRequirement(name = "bearer")
public class ConsultationsResource {

  @Inject ConsultationService consultations;

  @POST
  @Operation(
      summary = "Create a consultation (editors of the site)",
      description =
          "Body {site, code, title, text, opens, closes}: code [a-z0-9-] unique within the site;"
              + " text Markdown; opens/closes YYYY-MM-DD in the cluster's time zone, both"
              + " included, closes not before opens nor in the past. Public at once (announced"
              + " before it opens).")
  @APIResponse(responseCode = "201", description = "The consultation")
  @APIResponse(responseCode = "400", description = "A field missing, too long or malformed")
  @APIResponse(responseCode = "403", description = "Not an editor of the site")
  @APIResponse(responseCode = "404", description = "No such site")
  @APIResponse(responseCode = "409", description = "The site has a consultation with this code")
  public Response create(
      @NotNull(message = "is required") ConsultationRequest request, @Context UriInfo uri) {
    ConsultationView created = consultations.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary = "Consultations of a site, or of every site the caller handles",
      description = "Newest opening first; status upcoming|open|closed today; opinions counted.")
  @APIResponse(responseCode = "200", description = "The consultations")
  @APIResponse(responseCode = "403", description = "Not a handler of the site")
  public List<ConsultationView> list(@QueryParam("site") String site) {
    return consultations.consultations(site);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One consultation (handlers of its site)")
  @APIResponse(responseCode = "200", description = "The consultation")
  @APIResponse(responseCode = "404", description = "No such consultation")
  public ConsultationView get(@PathParam("id") long id) {
    return consultations.consultation(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Edit a consultation before it opens (editors of its site)",
      description = "Body as for create, with the version read; site and code cannot change.")
  @APIResponse(responseCode = "200", description = "The consultation")
  @APIResponse(responseCode = "400", description = "A field missing, too long or malformed")
  @APIResponse(responseCode = "409", description = "Stale version, or it opened already")
  public ConsultationView edit(
      @PathParam("id") long id, @NotNull(message = "is required") ConsultationRequest request) {
    return consultations.edit(id, request);
  }

  @POST
  @Path("{id}/result")
  @Operation(
      summary = "Publish the result (反馈) of a closed consultation (reviewers of its site)",
      description =
          "Body {result}: what was taken up; the number of opinions is counted. Once per"
              + " consultation, from the day after it closes.")
  @APIResponse(responseCode = "200", description = "The consultation with its result")
  @APIResponse(responseCode = "400", description = "result missing or too long")
  @APIResponse(responseCode = "403", description = "Not a reviewer of the site")
  @APIResponse(responseCode = "409", description = "Not closed yet, or published already")
  public ConsultationView publishResult(
      @PathParam("id") long id, @NotNull(message = "is required") ResultRequest request) {
    return consultations.publishResult(id, request);
  }

  @GET
  @Path("{id}/opinions")
  @Operation(
      summary = "The opinions received, with the senders' personal data (editors of its site)",
      description = "Oldest first: [{number, text, name, contact, receivedAt}].")
  @APIResponse(responseCode = "200", description = "The opinions")
  @APIResponse(responseCode = "403", description = "Not an editor of the site")
  @APIResponse(responseCode = "503", description = "The personal-data key is not usable")
  public List<OpinionView> opinions(@PathParam("id") long id) {
    return consultations.opinions(id);
  }
}
