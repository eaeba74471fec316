package org.zhanqun.cms.infrastructure.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * The last resort. Two concurrent saves that the services' own checks could not tell apart (a
 * unique key taken, or a version changed, between check and commit) are answered 409 like their
 * checked twins; anything else is logged with a reference and answered 500 with that reference,
 * never with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLIntegrityConstraintViolationException
          || cause instanceof OptimisticLockException) {
        return ErrorResponse.of(
            Status.CONFLICT,
            "a concurrent change was saved first; read the current state and try again",
            List.of(new FieldError("", "conflicts with a change saved at the same time")));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected failure " + reference, exception);
    return ErrorResponse.of(
        Status.INTERNAL_SERVER_ERROR, "unexpected failure, reference " + reference, List.of());
  }
}
