package org.relexcurator.io.bioc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relexcurator.model.Infons;

/**
 * The infon keys that carry what the domain model keeps in its own fields. BioC has no fixed names
 * for them, so each is a list of the names real files use, tried in order.
 *
 * <p>The decoder reads these values into model fields and removes from entity and relation infons
 * what the model fields now hold under the usual key ({@code type}, {@code identifier}, an
 * argument's role), so that BioRED gives the same entities and relations as its PubTator file. Any
 * other key stays in the infons as the record of which key the file used ({@code MESH}, CDR's
 * {@code relation}, PubTator3's {@code role1.identifier}), and the encoder writes the model field
 * back under it. The model field wins wherever the two disagree (a curator changed a type).
 * Passages keep all their infons.
 */
final class BiocInfonKeys {

  /** Passage type: {@code type} (PubTator, BioRED), else {@code section_type} (PMC full texts). */
  static final List<String> PASSAGE_TYPE = List.of("type", "section_type");

  static final List<String> ENTITY_TYPE = List.of("type");

  /** Concept ids: PubTator3 and BioRED {@code identifier}, CDR {@code MESH}, older NCBI tools. */
  static final List<String> CONCEPT_ID =
      List.of("identifier", "Identifier", "MESH", "NCBI Gene", "NCBI Taxonomy");

  /** Relation type: {@code type}, or {@code relation} in CDR ({@code CID}). */
  static final List<String> RELATION_TYPE = List.of("type", "relation");

  /**
   * Relation infons naming an argument by concept id: BioRED {@code entity1}/{@code entity2}, CDR
   * {@code Chemical}/{@code Disease}, PubTator3 {@code role1}/{@code role2} (objects in JSON, whose
   * {@code identifier} the JSON reader flattens to {@code role1.identifier}).
   */
  static final Set<String> CONCEPT_ROLES =
      Set.of("entity1", "entity2", "Chemical", "Disease", "role1", "role2");

  /**
   * PubTator3's roles. Its relations also carry nodes, but those point into PubTator3's display
   * tables (refid: the relation's index; role: two internal indices), not at annotations.
   */
  static final Set<String> PUBTATOR3_ROLES = Set.of("role1", "role2");

  static final String NESTED_IDENTIFIER = ".identifier";

  private BiocInfonKeys() {}

  /**
   * The infons without the first, usual key of {@code keys}, when no other of the keys is there
   * (which a reader would otherwise take instead).
   */
  static Infons withoutUsual(Infons infons, List<String> keys) {
    boolean othersAbsent = keys.stream().skip(1).noneMatch(infons::has);
    return othersAbsent ? infons.without(keys.get(0)) : infons;
  }

  /** The first of the keys that the infons have, if any. */
  static Optional<String> firstPresent(Infons infons, List<String> keys) {
    return keys.stream().filter(infons::has).findFirst();
  }

  /** The value of the first of the keys that the infons have with a value, as text. */
  static Optional<String> firstText(Infons infons, List<String> keys) {
    return firstPresent(infons, keys).flatMap(infons::text);
  }

  /** The role a relation infon key names: {@code entity1}; {@code role1.identifier} → role1. */
  static Optional<String> conceptRole(String key) {
    String role =
        key.endsWith(NESTED_IDENTIFIER)
            ? key.substring(0, key.length() - NESTED_IDENTIFIER.length())
            : key;
    return CONCEPT_ROLES.contains(role) ? Optional.of(role) : Optional.empty();
  }
}
