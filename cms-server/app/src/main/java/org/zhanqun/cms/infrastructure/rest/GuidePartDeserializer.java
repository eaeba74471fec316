package org.zhanqun.cms.infrastructure.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhanqun.model.item.GuideElement;
import org.zhanqun.model.item.GuidePart;

/**
 * Reads a service guide's elements as the API and the stored revisions hold them, with forms as
 * item ids: the content model's {@code GuidePart<Long>}. JSON-B cannot bind a generic record by
 * itself; {@link JsonShape} has already checked every value's type when a request comes in, and a
 * stored revision was written by the same engine, so this reads values without checking them again.
 */
public final class GuidePartDeserializer implements JsonbDeserializer<GuidePart<Long>> {

  @Override
  public GuidePart<Long> deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonObject guide = parser.getObject();
    return new GuidePart<>(
        text(guide, GuideElement.ITEM_CODE),
        text(guide, GuideElement.ITEM_TYPE),
        text(guide, GuideElement.BASIS),
        text(guide, GuideElement.CONDITIONS),
        list(guide.get(GuideElement.MATERIALS.field()), GuidePartDeserializer::material),
        list(guide.get(GuideElement.PROCESS.field()), GuidePartDeserializer::text),
        timeLimit(guide.get(GuideElement.TIME_LIMIT.field())),
        text(guide, GuideElement.FEES),
        text(guide, GuideElement.LOCATION),
        text(guide, GuideElement.HOURS),
        text(guide, GuideElement.DEPARTMENT),
        text(guide, GuideElement.PHONE),
        text(guide, GuideElement.SUPERVISION_PHONE),
        text(guide, GuideElement.ONLINE_URL),
        list(guide.get(GuideElement.FORMS.field()), GuidePartDeserializer::id));
  }

  private static GuidePart.Material<Long> material(JsonValue value) {
    if (!(value instanceof JsonObject material)) {
      return null;
    }
    return new GuidePart.Material<>(
        text(material.get("name")),
        id(material.get("form")),
        count(material.get("copies")),
        flag(material.get("original")),
        flag(material.get("required")));
  }

  private static GuidePart.TimeLimit timeLimit(JsonValue value) {
    if (!(value instanceof JsonObject limit)) {
      return null;
    }
    return new GuidePart.TimeLimit(
        count(limit.get("statutoryDays")), count(limit.get("promisedDays")));
  }

  private static <T> List<T> list(JsonValue value, Function<JsonValue, T> element) {
    if (!(value instanceof JsonArray array)) {
      return null;
    }
    List<T> list = new ArrayList<>(array.size());
    array.forEach(member -> list.add(element.apply(member)));
    return list;
  }

  private static String text(JsonObject object, GuideElement element) {
    return text(object.get(element.field()));
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString text ? text.getString() : null;
  }

  private static Long id(JsonValue value) {
    return value instanceof JsonNumber number ? number.longValueExact() : null;
  }

  private static Integer count(JsonValue value) {
    return value instanceof JsonNumber number ? number.intValueExact() : null;
  }

  private static Boolean flag(JsonValue value) {
    if (value == JsonValue.TRUE) {
      return true;
    }
    return value == JsonValue.FALSE ? false : null;
  }
}
