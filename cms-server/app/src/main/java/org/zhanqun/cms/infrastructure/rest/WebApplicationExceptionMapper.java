package org.zhanqun.cms.infrastructure.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Gives the container's own HTTP errors (unknown path, wrong method, unsupported media type, a body
 * that cannot be read) the same JSON body as every other error.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.getEntity() instanceof ErrorResponse) {
      // already in the API's shape, with its fields (a parameter refused by StrictParameters)
      return original;
    }
    int status = original.getStatus();
    String phrase = original.getStatusInfo().getReasonPhrase();
    if (exception.getCause() instanceof JsonbException json) {
      String reason = MalformedJsonMapper.rootMessage(json);
      return ErrorResponse.of(
          400,
          "Bad Request",
          "malformed JSON: " + reason,
          List.of(new FieldError("body", reason)),
          null);
    }
    // The container's messages may carry a cause's text (types, values, internals): only ours,
    // from 4xx exceptions thrown with a message of their own, are shown.
    String message =
        exception.getMessage() == null || status >= 500 || exception.getCause() != null
            ? phrase
            : MalformedJsonMapper.withoutPackages(exception.getMessage());
    Response response = ErrorResponse.of(status, phrase, message, List.of(), null);
    Response.ResponseBuilder builder = Response.fromResponse(response);
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    return builder.build();
  }
}
