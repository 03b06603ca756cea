package org.relexcurator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Free-form key/value information attached to documents, passages, entities and relations (BioC's
 * "infons", BioRED's {@code Novel} column, brat attributes and notes).
 *
 * <p>Values are JSON-like: {@code String}, {@code Boolean}, {@code Number}, {@code List} of values,
 * or {@code null}, because PubTator3 BioC JSON carries all of these and a round trip must keep
 * them. Insertion order is kept so that writers reproduce the file's order.
 */
public record Infons(Map<String, Object> values) {

  private static final Infons EMPTY = new Infons(Map.of());

  public Infons {
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, freeze(v)));
    values = Collections.unmodifiableMap(copy);
  }

  private static Object freeze(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Number) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(freeze(v)));
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException("infon values must be JSON-like, not " + value.getClass());
  }

  public static Infons empty() {
    return EMPTY;
  }

  public static Infons of(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return new Infons(map);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The value as text: strings as they are, other values in their JSON-like form. */
  public Optional<String> text(String key) {
    return values.containsKey(key) && values.get(key) != null
        ? Optional.of(asText(values.get(key)))
        : Optional.empty();
  }

  public static String asText(Object value) {
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(asText(v)));
      return String.join(",", parts);
    }
    return String.valueOf(value);
  }

  public Infons with(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>(values);
    map.put(key, value);
    return new Infons(map);
  }

  public Infons without(String key) {
    Map<String, Object> map = new LinkedHashMap<>(values);
    map.remove(key);
    return new Infons(map);
  }
}
