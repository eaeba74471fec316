package org.zhanqun.cms.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP answer: status, headers and the body as bytes, readable as UTF-8 text or JSON.
 * Immutable.
 */
public record ApiResponse(String request, int status, HttpHeaders headers, byte[] body) {

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as a JSON value; fails with the text when it is not JSON. */
  public JsonValue value() {
    try (JsonReader reader = Json.createReader(new StringReader(text()))) {
      return reader.readValue();
    } catch (RuntimeException e) {
      throw new AssertionError(describe() + " has no JSON body", e);
    }
  }

  /** The body as a JSON object. */
  public JsonObject json() {
    return value().asJsonObject();
  }

  /** The body as a JSON array. */
  public JsonArray array() {
    return value().asJsonArray();
  }

  /** The number of a JSON object body's {@code id}. */
  public long id() {
    return json().getJsonNumber("id").longValue();
  }

  /** The {@code version} of a JSON object body. */
  public int version() {
    return json().getInt("version");
  }

  /** The {@code items} of a JSON list page. */
  public List<JsonObject> items() {
    return json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The request and the answer, for failure messages. */
  public String describe() {
    String text = text();
    return request
        + " answered "
        + status
        + ": "
        + (text.length() > 2000 ? text.substring(0, 2000) + " ..." : text);
  }

  @Override
  public String toString() {
    return describe();
  }
}
