package org.zhanqun.cms.infrastructure.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Answers a Bean Validation failure at the edge with 400 and every field at fault, named by its
 * path in the request body ({@code title}, {@code policy.indexNo}) or its query parameter.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
            .toList();
    String message =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).reason()
            : errors.size() + " invalid fields";
    return ErrorResponse.of(Status.BAD_REQUEST, message, errors);
  }

  /** Drops the method and the body parameter from the path: {@code create.request.title}. */
  private static String fieldName(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    boolean bodyParameter = false;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        bodyParameter = true;
        name.append(node.getName());
        continue;
      }
      if (bodyParameter) {
        // the parameter itself is the body: its name is not part of the field path
        name.setLength(0);
        bodyParameter = false;
      }
      if (name.length() > 0 && node.getName() != null) {
        name.append('.');
      }
      if (node.getName() != null) {
        name.append(node.getName());
      }
      if (node.getIndex() != null) {
        name.append('[').append(node.getIndex()).append(']');
      }
    }
    return name.toString();
  }
}
