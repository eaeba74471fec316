package org.zhanqun.cms.infrastructure.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.error.DomainException;
import org.zhanqun.cms.infrastructure.error.Failure;
import org.zhanqun.cms.infrastructure.error.FieldError;
import org.zhanqun.cms.infrastructure.error.FieldErrors;

/**
 * Reads every JSON request body of the API (each is a record) strictly, in three steps: the bytes
 * must be UTF-8 (a malformed byte is refused, never read as U+FFFD) and at most {@code
 * zhanqun.request.max-bytes} long, whether declared or chunked; the text must be JSON; and the JSON
 * must have exactly the shape of the record ({@link JsonShape}). Only then does JSON-B ({@link
 * JsonSettings}) bind it. Every failure is a 400 (413 for size, 415 for another charset) naming the
 * field by its JSON path, or {@code body}. An empty body or JSON {@code null} is read as no body.
 * An interceptor rather than a reader, so that it runs whichever reader the container picks.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

  @Inject
  @ConfigProperty(name = "zhanqun.request.max-bytes")
  long maxBytes;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType mediaType = context.getMediaType();
    if (!context.getType().isRecord() || !json(mediaType)) {
      return context.proceed();
    }
    requireUtf8(mediaType);
    InputStream entity = context.getInputStream();
    byte[] bytes = entity.readNBytes(Math.toIntExact(Math.min(maxBytes, 1L << 30)) + 1);
    if (bytes.length > maxBytes) {
      throw new BodyRefusedException(
          Failure.TOO_LARGE, "is larger than the limit of " + maxBytes + " bytes");
    }
    String text = checked(bytes, context.getGenericType());
    if (text == null) {
      return null;
    }
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  private static boolean json(MediaType mediaType) {
    return mediaType == null
        || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || mediaType.getSubtype().endsWith("+json");
  }

  /**
   * The body as JSON text of exactly the shape of {@code type}, or null for an empty body or JSON
   * null.
   *
   * @throws DomainException naming the body or each field at fault; never another exception
   */
  static String checked(byte[] bytes, Type type) {
    String text = utf8(bytes);
    if (text.isBlank()) {
      return null;
    }
    JsonValue tree = parse(text);
    if (tree.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    FieldErrors errors = new FieldErrors();
    JsonShape.check(tree, type, "", errors);
    errors.throwIfAny();
    return text;
  }

  private static void requireUtf8(MediaType mediaType) {
    String charset = mediaType == null ? null : mediaType.getParameters().get("charset");
    if (charset == null) {
      return;
    }
    boolean utf8;
    try {
      utf8 = Charset.forName(charset.strip()).equals(StandardCharsets.UTF_8);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      utf8 = false;
    }
    if (!utf8) {
      throw new BodyRefusedException(
          Failure.UNSUPPORTED_TYPE, "is read as UTF-8 only (JSON), not as charset " + charset);
    }
  }

  private static String utf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      throw new BodyRefusedException(
          Failure.INVALID,
          "is not valid UTF-8: a malformed byte sequence at byte " + offset(buffer));
    } catch (CharacterCodingException e) {
      throw new BodyRefusedException(
          Failure.INVALID, "is not valid UTF-8 at byte " + offset(buffer));
    }
  }

  private static int offset(ByteBuffer buffer) {
    return buffer.position();
  }

  private static JsonValue parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      throw BodyRefusedException.malformed(where + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // JsonException, and Parsson's plain RuntimeException for nesting deeper than 1000
      throw BodyRefusedException.malformed(": " + e.getMessage());
    }
  }

  /** A body refused as a whole, before it is parsed. */
  static final class BodyRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    BodyRefusedException(Failure failure, String reason) {
      super(failure, "the body " + reason, List.of(new FieldError("body", reason)));
    }

    static BodyRefusedException malformed(String reason) {
      String text = "malformed JSON" + reason;
      return new BodyRefusedException(Failure.INVALID, text, text);
    }

    private BodyRefusedException(Failure failure, String message, String reason) {
      super(failure, message, List.of(new FieldError("body", reason)));
    }
  }
}
