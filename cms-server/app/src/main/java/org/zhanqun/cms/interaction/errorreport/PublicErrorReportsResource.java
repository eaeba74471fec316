package org.zhanqun.cms.interaction.errorreport;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
 * The public's door for error reports (我为政府网站找错): JSON, or the plain HTML form of the report-error
 * page of the published site, which gets an HTML page back.
 */
@Path("public/error-reports")
@Public
@Tag(name = "error-reports")
public class PublicErrorReportsResource {

  @Inject ErrorReportService reports;
  @Inject FormAnswers answers;
  @Inject SubmissionLimiter limiter;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Report an error on a page of the cluster",
      description =
          "Body {url (a page under the cluster's base URL), description (1-2000, no markup),"
              + " contact? (phone or e-mail), website (honeypot, empty)}. The report goes to the"
              + " site whose path is the longest prefix of the URL's path (else the portal). The"
              + " contact is stored encrypted. Committed before the answer.")
  @APIResponse(responseCode = "201", description = "{number, site, received}")
  @APIResponse(
      responseCode = "400",
      description = "A field missing, too long, markup, bad contact, a URL outside the cluster")
  @APIResponse(responseCode = "429", description = "Too many from this address; Retry-After")
  public Response report(ErrorReportRequest request, @Context HttpServletRequest http) {
    ErrorReportRequest body =
        request == null ? new ErrorReportRequest(null, null, null, null) : request;
    ErrorReportReceipt receipt = reports.submit(body, client(http));
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(
      summary = "Report an error from the report-error page's plain HTML form",
      description =
          "Form fields as the JSON body, plus lang (zh-CN|en|ru) and back (the form's page)."
              + " Answers an HTML page: the report's number, or the fields at fault.")
  @APIResponse(responseCode = "201", description = "HTML receipt")
  @APIResponse(responseCode = "400", description = "HTML page naming the fields at fault")
  public Response reportForm(
      @FormParam("url") String url,
      @FormParam("description") String description,
      @FormParam("contact") String contact,
      @FormParam("website") String website,
      @FormParam("lang") String lang,
      @FormParam("back") String back,
      @Context HttpServletRequest http) {
    FormLanguage language = FormLanguage.of(lang);
    FormPage page;
    try {
      ErrorReportReceipt receipt =
          reports.submit(new ErrorReportRequest(url, description, contact, website), client(http));
      FormTexts texts = new FormTexts(language);
      page =
          answers.page(
              201,
              language,
              new FormAnswer(
                  texts.get("report.received"),
                  texts.get("report.received.lead"),
                  List.of(
                      new FormAnswer.Fact(texts.get("report.number"), receipt.number()),
                      new FormAnswer.Fact(texts.get("report.url"), url.strip())),
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
