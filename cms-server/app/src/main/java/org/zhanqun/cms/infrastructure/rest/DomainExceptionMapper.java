package org.zhanqun.cms.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhanqun.cms.infrastructure.error.DomainException;

/**
 * Answers every business failure with its 4xx (or 503) status, the fields at fault and their
 * reasons.
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
          case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
        };
    Response response =
        ErrorResponse.of(
            status.getStatusCode(),
            status.getReasonPhrase(),
            exception.getMessage(),
            exception.fieldErrors(),
            exception.detail());
    if (status == Status.UNAUTHORIZED) {
      return Response.fromResponse(response)
          .header("WWW-Authenticate", "Bearer realm=\"zhanqun\"")
          .build();
    }
    return response;
  }
}
