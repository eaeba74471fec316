package org.zhanqun.cms.infrastructure.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhanqun.cms.infrastructure.error.FieldError;

/** Answers a body that is not valid JSON for the resource with 400 and the parser's reason. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    String reason = rootMessage(exception);
    return ErrorResponse.of(
        Status.BAD_REQUEST, "malformed JSON: " + reason, List.of(new FieldError("body", reason)));
  }

  static String rootMessage(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
