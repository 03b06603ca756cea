package org.relexcurator.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.relexcurator.model.Entity;

/**
 * Maps an entity type as a corpus writes it ({@code ChemicalEntity}, {@code GeneOrGeneProduct},
 * {@code SpecificDisease}, …) to one of the PubTator3 types the model was trained on. Names match
 * case-insensitively.
 *
 * <p>The mapping is a properties file ({@code CorpusType = PubTator3Type}); the bundled {@code
 * entity-types.properties} documents each default. The value {@code variant} decides per mention
 * between {@code DNAMutation}, {@code ProteinMutation} and {@code SNP} ({@link VariantTypeRule}). A
 * user's file in the same syntax is merged over the defaults.
 */
public final class EntityTypeMapping {

  /** The entity types of PubTator3, which the model's training sentences carried. */
  public static final List<String> PUBTATOR3_TYPES =
      List.of(
          "Gene",
          "Chemical",
          "Disease",
          "Species",
          "CellLine",
          "DNAMutation",
          "ProteinMutation",
          "SNP");

  private static final String BUNDLED = "entity-types.properties";
  private static final String VARIANT = "variant";

  /** One line of a mapping file: the corpus type as written, and its target. */
  private record Rule(String corpusType, String target) {}

  private final Map<String, Rule> rules;

  private EntityTypeMapping(Map<String, Rule> rules) {
    this.rules = Collections.unmodifiableMap(rules);
  }

  /** The documented defaults bundled with RelEx Curator. */
  public static EntityTypeMapping bundled() {
    try (InputStream in = EntityTypeMapping.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " is missing from the build");
      }
      return new EntityTypeMapping(new LinkedHashMap<>()).merged(BUNDLED, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SettingsFileException e) {
      throw new IllegalStateException("bundled " + BUNDLED + " is invalid: " + e.getMessage(), e);
    }
  }

  /** This mapping with a user's file merged over it: the file's lines add or replace entries. */
  public EntityTypeMapping overriddenBy(Path file) throws SettingsFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return merged(file.toString(), in);
    } catch (IOException e) {
      throw new SettingsFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private EntityTypeMapping merged(String source, InputStream in)
      throws IOException, SettingsFileException {
    Properties lines = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      lines.load(reader);
    } catch (IllegalArgumentException e) {
      throw new SettingsFileException(source + ": not a properties file: " + e.getMessage(), e);
    }
    Map<String, Rule> merged = new LinkedHashMap<>(rules);
    for (String corpusType : lines.stringPropertyNames()) {
      String value = lines.getProperty(corpusType).strip();
      String target =
          target(value)
              .orElseThrow(
                  () ->
                      new SettingsFileException(
                          source
                              + ": \""
                              + corpusType
                              + " = "
                              + value
                              + "\" names no PubTator3 type (expected one of "
                              + String.join(", ", PUBTATOR3_TYPES)
                              + ", or "
                              + VARIANT
                              + ")"));
      merged.put(normalised(corpusType), new Rule(corpusType.strip(), target));
    }
    return new EntityTypeMapping(merged);
  }

  private static Optional<String> target(String value) {
    if (value.equalsIgnoreCase(VARIANT)) {
      return Optional.of(VARIANT);
    }
    return PUBTATOR3_TYPES.stream().filter(value::equalsIgnoreCase).findFirst();
  }

  /**
   * The PubTator3 type of a mention; empty if its type is unknown, or if it is a variant whose kind
   * neither its ids nor its text reveal.
   */
  public Optional<String> map(Entity entity) {
    Rule rule = rules.get(normalised(entity.type()));
    if (rule == null) {
      return Optional.empty();
    }
    return rule.target().equals(VARIANT)
        ? VariantTypeRule.typeOf(entity)
        : Optional.of(rule.target());
  }

  /** Whether the mapping has a line for this corpus type. */
  public boolean knows(String corpusType) {
    return rules.containsKey(normalised(corpusType));
  }

  /** The corpus types this mapping knows, as their files spell them, in alphabetical order. */
  public List<String> corpusTypes() {
    List<String> types = new ArrayList<>();
    rules.values().forEach(rule -> types.add(rule.corpusType()));
    types.sort(Comparator.comparing(t -> t.toLowerCase(Locale.ROOT)));
    return types;
  }

  private static String normalised(String corpusType) {
    return corpusType.strip().toLowerCase(Locale.ROOT);
  }
}
