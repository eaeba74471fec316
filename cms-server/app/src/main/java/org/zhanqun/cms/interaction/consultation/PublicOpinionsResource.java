package org.zhanqun.cms.interaction.consultation;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * The public's door to a consultation: an opinion as JSON, or as the plain HTML form of the
 * consultation's page on the published site, which gets an HTML page back.
 */
@Path("public/consultations/{site}/{code}/opinions")
@Public
@Tag(name = "consultations")
public class PublicOpinionsResource {

  @Inject ConsultationService consultations;
  @Inject FormAnswers answers;
  @Inject SubmissionLimiter limiter;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send an opinion on an open consultation",
      description =
          "Body {text (1-2000, no markup), name?, contact? (phone or e-mail), website (honeypot,"
              + " empty)}. Name and contact are stored encrypted, shown only to the site's"
              + " handlers. Committed before the answer.")
  @APIResponse(responseCode = "201", description = "{number, consultation, received}")
  @APIResponse(responseCode = "400", description = "A field missing, too long, markup, bad contact")
  @APIResponse(responseCode = "404", description = "No such site or consultation")
  @APIResponse(responseCode = "409", description = "Not open today (field code)")
  @APIResponse(responseCode = "429", description = "Too many from this address; Retry-After")
  public Response send(
      @PathParam("site") String site,
      @PathParam("code") String code,
      OpinionRequest request,
      @Context HttpServletRequest http) {
    OpinionRequest body = request == null ? new OpinionRequest(null, null, null, null) : request;
    OpinionReceipt receipt = consultations.submitOpinion(site, code, body, client(http));
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(
      summary = "Send an opinion from the consultation page's plain HTML form",
      description =
          "Form fields as the JSON body, plus lang (zh-CN|en|ru) and back (the form's page)."
              + " Answers an HTML page: the opinion's number, or the fields at fault.")
  @APIResponse(responseCode = "201", description = "HTML receipt")
  @APIResponse(responseCode = "400", description = "HTML page naming the fields at fault")
  public Response sendForm(
      @PathParam("site") String site,
      @PathParam("code") String code,
      @FormParam("text") String text,
      @FormParam("name") String name,
      @FormParam("contact") String contact,
      @FormParam("website") String website,
      @FormParam("lang") String lang,
      @FormParam("back") String back,
      @Context HttpServletRequest http) {
    FormLanguage language = FormLanguage.of(lang);
    FormPage page;
    try {
      OpinionReceipt receipt =
          consultations.submitOpinion(
              site, code, new OpinionRequest(text, name, contact, website), client(http));
      FormTexts texts = new FormTexts(language);
      page =
          answers.page(
              201,
              language,
              new FormAnswer(
                  texts.get("opinion.received"),
                  texts.get("opinion.received.lead"),
                  List.of(
                      new FormAnswer.Fact(
                          texts.get("opinion.consultation"), receipt.consultation()),
                      new FormAnswer.Fact(texts.get("opinion.number"), receipt.number())),
                  List.of(),
                  List.of(),
                  null),
              back);
    } catch (DomainException failure) {
      page = answers.failure(failure, language, back);
    }
    Response.ResponseBuilder response =
        Response.status(page.status()).type("text/html;charset=UTF-8").entity(page.html());
    page.retryAfter()
        .ifPresent(
            wait -> response.header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000)));
    return response.build();
  }

  private String client(HttpServletRequest http) {
    return limiter.clientOf(http);
  }
}
