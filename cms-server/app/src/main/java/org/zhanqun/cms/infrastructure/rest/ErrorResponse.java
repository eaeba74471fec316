package org.zhanqun.cms.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * The JSON body of every error response.
 *
 * @param status the HTTP status code
 * @param error the status phrase ({@code Bad Request})
 * @param message one sentence on what failed
 * @param errors every field at fault with its reason; empty when none
 * @param current for a 409 on a stale version, the current state of the resource; else null
 * @param findings for a 422 on proofreading findings, every finding (those that block and those
 *     that only warn); else null (left out)
 */
public record ErrorResponse(
    int status,
    String error,
    String message,
    List<FieldError> errors,
    Object current,
    List<?> findings) {

  static Response of(Response.Status status, String message, List<FieldError> errors) {
    return of(status.getStatusCode(), status.getReasonPhrase(), message, errors, null);
  }

  static Response of(
      int status, String phrase, String message, List<FieldError> errors, Object current) {
    return of(status, phrase, message, errors, current, null);
  }

  static Response of(
      int status,
      String phrase,
      String message,
      List<FieldError> errors,
      Object current,
      List<?> findings) {
    return Response.status(status)
        .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ErrorResponse(status, phrase, message, errors, current, findings))
        .build();
  }
}
