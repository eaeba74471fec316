package org.zhanqun.cms.infrastructure.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Answers a body that is not valid JSON for the resource with 400 and the parser's reason. Jersey
 * reports such a body as a {@link ProcessingException} caused by a {@link JsonbException}; any
 * other processing failure is unexpected (500). A JSON-B failure outside reading a request body is
 * a server error too, and left to {@link UnexpectedExceptionMapper}.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    for (Throwable c = exception.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof DomainException refused) {
        // a body refused by StrictJsonReader, should the container wrap it
        return new DomainExceptionMapper().toResponse(refused);
      }
    }
    Throwable cause = exception.getCause();
    while (cause != null && !(cause instanceof JsonbException)) {
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (cause == null) {
      return new UnexpectedExceptionMapper().toResponse(exception);
    }
    String reason = rootMessage(cause);
    return ErrorResponse.of(
        Status.BAD_REQUEST, "malformed JSON: " + reason, List.of(new FieldError("body", reason)));
  }

  /**
   * The innermost message, without the packages of the Java types it names ({@code
   * org.zhanqun.cms.content.ItemRequest} becomes {@code ItemRequest}): the reason, not the code.
   */
  static String rootMessage(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? "unreadable body" : withoutPackages(message);
  }

  private static final Pattern QUALIFIED_TYPE =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_$]*)");

  static String withoutPackages(String message) {
    return QUALIFIED_TYPE.matcher(message).replaceAll("$1");
  }
}
