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
    Status status =
        switch (exception.failure()) {
          case INVALID -> Status.BAD_REQUEST;
          case UNAUTHENTICATED -> Status.UNAUTHORIZED;
          case FORBIDDEN -> Status.FORBIDDEN;
          case NOT_FOUND -> Status.NOT_FOUND;
          case CONFLICT -> Status.CONFLICT;
          case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
          case UNSUPPORTED_TYPE -> Status.UNSUPPORTED_MEDIA_TYPE;
          case TOO_MANY_REQUESTS -> Status.TOO_MANY_REQUESTS;
          case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
        };
    Response response =
        ErrorResponse.of(
            status.getStatusCode(),
            status.getReasonPhrase(),
            exception.getMessage(),
            exception.fieldErrors(),
            exception.detail());
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
