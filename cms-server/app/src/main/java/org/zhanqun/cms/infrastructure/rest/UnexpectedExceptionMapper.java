package org.zhanqun.cms.infrastructure.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * The last resort. Two concurrent saves that the services' own checks could not tell apart (a
 * unique key taken, or a version changed, between check and commit) are answered 409 like their
 * checked twins; a value the database refuses as too long or out of range (SQLSTATE 22) is a 400,
 * logged as a missing check; anything else is logged with a reference and answered 500 with that
 * reference, never with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  /** SQLSTATE class 22, data exception: too long, out of range, invalid date. */
  private static final String SQL_DATA_EXCEPTION = "22";

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
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(SQL_DATA_EXCEPTION)) {
        // a value the edge let through but the database cannot hold (too long, out of range): a
        // check is missing, and the request is still at fault
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "value refused by the database " + reference, exception);
        return ErrorResponse.of(
            Status.BAD_REQUEST,
            "a value is too long or out of range for where it is stored, reference " + reference,
            List.of(new FieldError("", "too long or out of range")));
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
