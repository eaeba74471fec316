package org.zhanqun.builder.build;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Feeds a page model into a digest: records component by component, lists element by element,
 * strings as UTF-8, each value tagged and length-prefixed so that different models never feed the
 * same bytes. Much cheaper than hashing a record's {@code toString()}, which on Java 17 formats
 * every nested record with {@code String.format}.
 */
final class ModelFingerprint {

  private static final ClassValue<MethodHandle[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          MethodHandle[] accessors = new MethodHandle[components.length];
          MethodHandles.Lookup lookup = MethodHandles.publicLookup();
          for (int i = 0; i < components.length; i++) {
            try {
              accessors[i] = lookup.unreflect(components[i].getAccessor());
            } catch (IllegalAccessException e) {
              throw new IllegalStateException("page model records are public: " + type, e);
            }
          }
          return accessors;
        }
      };

  private ModelFingerprint() {}

  static void feed(MessageDigest digest, Object value) {
    if (value == null) {
      digest.update((byte) 0);
    } else if (value instanceof String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      digest.update((byte) 1);
      length(digest, bytes.length);
      digest.update(bytes);
    } else if (value instanceof List<?> list) {
      digest.update((byte) 2);
      length(digest, list.size());
      for (Object element : list) {
        feed(digest, element);
      }
    } else if (value instanceof Map<?, ?> map) {
      digest.update((byte) 3);
      length(digest, map.size());
      map.forEach(
          (k, v) -> {
            feed(digest, k);
            feed(digest, v);
          });
    } else if (value.getClass().isRecord()) {
      digest.update((byte) 4);
      feed(digest, value.getClass().getName());
      for (MethodHandle accessor : COMPONENTS.get(value.getClass())) {
        try {
          feed(digest, accessor.invoke(value));
        } catch (Throwable e) {
          throw new IllegalStateException("cannot read a page model component", e);
        }
      }
    } else {
      // Numbers, booleans: their text is their identity.
      digest.update((byte) 5);
      feed(digest, value.getClass().getSimpleName() + ":" + value);
    }
  }

  private static void length(MessageDigest digest, int length) {
    digest.update((byte) (length >>> 24));
    digest.update((byte) (length >>> 16));
    digest.update((byte) (length >>> 8));
    digest.update((byte) length);
  }
}
