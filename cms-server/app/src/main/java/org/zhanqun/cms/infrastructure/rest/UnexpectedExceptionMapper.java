package org.zhanqun.cms.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: logs an unexpected failure with a reference and answers 500 with that reference,
 * never with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected failure " + reference, exception);
    return ErrorResponse.of(
        Status.INTERNAL_SERVER_ERROR, "unexpected failure, reference " + reference, List.of());
  }
}
