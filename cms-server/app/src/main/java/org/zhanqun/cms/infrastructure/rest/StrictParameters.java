package org.zhanqun.cms.infrastructure.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.StrictValues;

/**
 * Reads whole-number and boolean parameters (query, path, header ...) strictly: a number is digits
 * with an optional minus that fit the parameter's type, a boolean is {@code true} or {@code false}.
 * Anything else is a 400 naming the parameter, instead of the container's 404 for {@code page=abc}
 * or {@code page=99999999999} and its {@code false} for {@code clear=yes}. Ranges proper to a
 * parameter (a page from 1 to …) are checked where it is used.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,19}");

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = name(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>)
          new Whole<>(name, Integer.MIN_VALUE, Integer.MAX_VALUE, n -> (int) n);
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) new Whole<>(name, Long.MIN_VALUE, Long.MAX_VALUE, n -> n);
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>) new Bool(name);
    }
    return null;
  }

  private static String name(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
      if (annotation instanceof HeaderParam header) {
        return header.value();
      }
      if (annotation instanceof FormParam form) {
        return form.value();
      }
      if (annotation instanceof MatrixParam matrix) {
        return matrix.value();
      }
      if (annotation instanceof CookieParam cookie) {
        return cookie.value();
      }
    }
    return null;
  }

  /** A 400 naming the parameter; passed through by the container as it is. */
  static BadRequestException invalid(String name, String value, String expected) {
    String reason = "'" + StrictValues.shown(value) + "' is not " + expected;
    return new BadRequestException(
        ErrorResponse.of(
            Status.BAD_REQUEST, name + ": " + reason, List.of(new FieldError(name, reason))));
  }

  private record Whole<T extends Number>(String name, long min, long max, LongFunction<T> box)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null) {
        throw new IllegalArgumentException("no value for " + name);
      }
      String expected = "a whole number from " + min + " to " + max;
      if (!WHOLE.matcher(value).matches()) {
        throw invalid(name, value, expected);
      }
      long number;
      try {
        number = Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw invalid(name, value, expected);
      }
      if (number < min || number > max) {
        throw invalid(name, value, expected);
      }
      return box.apply(number);
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }

  private record Bool(String name) implements ParamConverter<Boolean> {

    @Override
    public Boolean fromString(String value) {
      if (value == null) {
        throw new IllegalArgumentException("no value for " + name);
      }
      return switch (value) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw invalid(name, value, "true or false");
      };
    }

    @Override
    public String toString(Boolean value) {
      return String.valueOf(value);
    }
  }
}
