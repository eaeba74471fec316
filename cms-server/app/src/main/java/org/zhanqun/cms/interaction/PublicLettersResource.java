package org.zhanqun.cms.interaction;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.rest.Public;
import org.zhanqun.cms.interaction.intake.FormAnswer;
import org.zhanqun.cms.interaction.intake.FormAnswers;
import org.zhanqun.cms.interaction.intake.FormLanguage;
import org.zhanqun.cms.interaction.intake.FormPage;
import org.zhanqun.cms.interaction.intake.SubmissionLimiter;

/**
 * The citizen's doors for letters, without login: JSON for scripts, and the static pages' plain
 * form posts ({@code application/x-www-form-urlencoded}, same fields plus {@code lang} and {@code
 * back}) answered with a small HTML page.
 */
@Path("public/letters")
@Public
@Tag(name = "interaction")
public class PublicLettersResource {

  private static final String HTML = "text/html;charset=UTF-8";

  @Inject PublicLetterService letters;
  @Inject SubmissionLimiter limiter;
  @Inject FormAnswers answers;
  @Inject LetterFormAnswers letterAnswers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send a letter to a channel of a site",
      description =
          "Stored (committed) before the answer; personal data encrypted. The query code is shown"
              + " this once. Limited per client address and channel.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LetterRequest.class)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = LetterRequest.class))
      })
  @APIResponse(
      responseCode = "201",
      description =
          "number, query code, received and due dates (JSON); for a form post, the receipt page"
              + " (text/html, in the form's lang, with a link back)")
  @APIResponse(responseCode = "400", description = "a field missing, too long, with markup ...")
  @APIResponse(
      responseCode = "429",
      description = "too many letters from this address to this channel",
      headers = @Header(name = "Retry-After", description = "seconds to wait"))
  @APIResponse(responseCode = "503", description = "no key for personal data is configured")
  public Response submit(
      @NotNull(message = "is required") LetterRequest request, @Context HttpServletRequest http) {
    return Response.status(201).entity(letters.submit(request, limiter.clientOf(http))).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  // one operation per path and verb in the document: both carry both media types
  @Operation(summary = "Send a letter to a channel of a site (plain form: answers HTML)")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LetterRequest.class)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = LetterRequest.class))
      })
  public Response submitForm(
      MultivaluedMap<String, String> form, @Context HttpServletRequest http) {
    return html(
        form,
        201,
        language -> {
          LetterRequest request =
              new LetterRequest(
                  form.getFirst("site"),
                  form.getFirst("channel"),
                  form.getFirst("kind"),
                  form.getFirst("subject"),
                  form.getFirst("text"),
                  form.getFirst("name"),
                  form.getFirst("phone"),
                  form.getFirst("email"),
                  form.getFirst("address"),
                  consent(form.getFirst("publishConsent")),
                  form.getFirst("website"));
          return letterAnswers.receipt(letters.submit(request, limiter.clientOf(http)), language);
        });
  }

  @POST
  @Path("status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The status and reply of a letter, by its query code")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QueryCodeRequest.class)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = QueryCodeRequest.class))
      })
  @APIResponse(
      responseCode = "200",
      description = "the status view, without personal data; for a form post, the status page")
  @APIResponse(responseCode = "404", description = "unknown or wrong code (the same answer)")
  public LetterStatusView status(
      @NotNull(message = "is required") QueryCodeRequest request,
      @Context HttpServletRequest http) {
    return letters.status(request.queryCode(), limiter.clientOf(http));
  }

  @POST
  @Path("status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The status and reply of a letter, by its query code (plain form: HTML)")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QueryCodeRequest.class)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = QueryCodeRequest.class))
      })
  public Response statusForm(
      MultivaluedMap<String, String> form, @Context HttpServletRequest http) {
    String code = form.getFirst("queryCode");
    return html(
        form,
        200,
        language ->
            letterAnswers.status(letters.status(code, limiter.clientOf(http)), code, language));
  }

  @POST
  @Path("rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rate the reply of a letter, once, by its query code")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RatingRequest.class)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = RatingRequest.class))
      })
  @APIResponse(
      responseCode = "200",
      description = "the status view with the rating; for a form post, the status page")
  @APIResponse(responseCode = "404", description = "unknown or wrong code (the same answer)")
  @APIResponse(responseCode = "409", description = "not replied yet, or rated already")
  public LetterStatusView rate(
      @NotNull(message = "is required") RatingRequest request, @Context HttpServletRequest http) {
    return letters.rate(request, limiter.clientOf(http));
  }

  @POST
  @Path("rating")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Rate the reply of a letter, once, by its query code (plain form: HTML)")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RatingRequest.class)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = RatingRequest.class))
      })
  public Response rateForm(MultivaluedMap<String, String> form, @Context HttpServletRequest http) {
    String code = form.getFirst("queryCode");
    RatingRequest request =
        new RatingRequest(code, form.getFirst("rating"), form.getFirst("comment"));
    return html(
        form,
        200,
        language ->
            letterAnswers.status(letters.rate(request, limiter.clientOf(http)), code, language));
  }

  /** The form's answer page, or the page of its failure. */
  private Response html(
      MultivaluedMap<String, String> form, int status, Function<FormLanguage, FormAnswer> action) {
    FormLanguage language = FormLanguage.of(form.getFirst("lang"));
    String back = form.getFirst("back");
    FormPage page;
    try {
      page = answers.page(status, language, action.apply(language), back);
    } catch (DomainException e) {
      page = answers.failure(e, language, back);
    }
    Response.ResponseBuilder response =
        Response.status(page.status()).type(HTML).entity(page.html());
    page.retryAfter()
        .ifPresent(
            wait -> response.header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000)));
    return response.build();
  }

  private static Boolean consent(String value) {
    return value != null
        && ("on".equalsIgnoreCase(value.strip()) || "true".equalsIgnoreCase(value.strip()));
  }
}
