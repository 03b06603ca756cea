package org.relexcurator.inference;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which relation labels make sense for which ordered pair of PubTator3 entity types, in the
 * synthetic_relex {@code relation_specs.json} form: {@code {"Chemical|Disease": ["treats", …], …}}.
 * A key names E1's type, then E2's; only pairs with a key become candidates.
 *
 * <p>The bundled default is the project's own file, unchanged; some of its labels are not among the
 * model's (they were dropped in training for lack of samples) and are kept, since the file's job
 * here is to say which type pairs to ask the model about.
 */
public final class RelationSpecs {

  private static final String BUNDLED = "relation_specs.json";
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Map<String, List<String>> labelsByTypePair;

  private RelationSpecs(Map<String, List<String>> labelsByTypePair) {
    this.labelsByTypePair = Collections.unmodifiableMap(labelsByTypePair);
  }

  /** The specs the model was trained with, bundled with RelEx Curator. */
  public static RelationSpecs bundled() {
    try (InputStream in = RelationSpecs.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " is missing from the build");
      }
      return parse(BUNDLED, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SettingsFileException e) {
      throw new IllegalStateException("bundled " + BUNDLED + " is invalid: " + e.getMessage(), e);
    }
  }

  /** Specs from a user's file, replacing the bundled ones. */
  public static RelationSpecs load(Path file) throws SettingsFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.toString(), in);
    } catch (IOException e) {
      throw new SettingsFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static RelationSpecs parse(String source, InputStream in)
      throws SettingsFileException, IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      throw new SettingsFileException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new SettingsFileException(
          source + ": expected an object such as {\"Chemical|Disease\": [\"treats\"]}");
    }
    Map<String, List<String>> specs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String key = entry.getKey();
      String[] types = key.split("\\|", -1);
      if (types.length != 2 || types[0].isBlank() || types[1].isBlank()) {
        throw new SettingsFileException(
            source + ": key \"" + key + "\" is not a type pair such as \"Chemical|Disease\"");
      }
      if (!entry.getValue().isArray()) {
        throw new SettingsFileException(source + ": \"" + key + "\" must list its labels");
      }
      List<String> labels = new ArrayList<>();
      for (JsonNode label : entry.getValue()) {
        if (!label.isTextual() || label.asText().isBlank()) {
          throw new SettingsFileException(
              source + ": \"" + key + "\" lists " + label + ", which is not a label name");
        }
        labels.add(label.asText());
      }
      specs.put(key, List.copyOf(labels));
    }
    return new RelationSpecs(specs);
  }

  /** Whether E1 of type {@code type1} and E2 of type {@code type2} form a candidate pair. */
  public boolean allows(String type1, String type2) {
    return labelsByTypePair.containsKey(key(type1, type2));
  }

  /** The labels the specs list for the ordered type pair; empty if the pair is not allowed. */
  public List<String> labels(String type1, String type2) {
    return labelsByTypePair.getOrDefault(key(type1, type2), List.of());
  }

  /** Every allowed pair as {@code type1|type2}, in file order. */
  public List<String> typePairs() {
    return List.copyOf(labelsByTypePair.keySet());
  }

  private static String key(String type1, String type2) {
    return type1 + "|" + type2;
  }
}
