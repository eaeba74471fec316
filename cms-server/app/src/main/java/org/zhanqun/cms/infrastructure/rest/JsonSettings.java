package org.zhanqun.cms.infrastructure.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B engine for the whole API: unknown properties are refused (a mistyped field name is an
 * error, not silently dropped) and null values are left out. Request bodies are checked by {@link
 * StrictJsonReader} before this engine binds them.
 */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

  /** The engine; {@link StrictJsonReader} binds request bodies with it once they are checked. */
  static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(new GuidePartDeserializer())
              .withNullValues(false)
              .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
