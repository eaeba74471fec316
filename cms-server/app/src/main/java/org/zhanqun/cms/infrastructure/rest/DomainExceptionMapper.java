package org.zhanqun.cms.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.zhanqun.cms.infrastructure.error.DomainException;

/**
 * Answers every business failure with its 4xx (or 503) status, the fields at fault and their
 * reasons; a failure that passes with time also gets {@code Retry-After} in whole seconds.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException exception) {
    int code = exception.failure().httpStatus();
    // JAX-RS 3.1 has no constant for 422
    Status status = Status.fromStatusCode(code);
    Response response =
        ErrorResponse.of(
            code,
            status == null ? "Unprocessable Content" : status.getReasonPhrase(),
            exception.getMessage(),
            exception.fieldErrors(),
            exception.detail(),
            exception.findings());
    Response.ResponseBuilder builder = Response.fromResponse(response);
    if (status == Status.UNAUTHORIZED) {
      builder.header("WWW-Authenticate", "Bearer realm=\"zhanqun\"");
    }
    exception
        .retryAfter()
        .ifPresent(wait -> builder.header("Retry-After", retryAfterSeconds(wait)));
    return builder.build();
  }

  /** Whole seconds, rounded up, at least 1: a client that waits this long is not too early. */
  static long retryAfterSeconds(Duration wait) {
    long millis = Math.max(0, wait.toMillis());
    return Math.max(1, (millis + 999) / 1000);
  }
}
