package org.relexcurator.model;

import java.util.Objects;

/**
 * One argument of a relation: a role ("Arg1", "Theme", "entity1", …) and what it refers to, which
 * is either an entity mention (by its id) or a concept (by its concept id), as the file has it.
 */
public record Argument(String role, String ref, Level level) {

  /** Whether {@link #ref()} names an entity mention or a normalised concept. */
  public enum Level {
    MENTION,
    CONCEPT
  }

  public Argument {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(level, "level");
  }

  public static Argument mention(String role, String entityId) {
    return new Argument(role, entityId, Level.MENTION);
  }

  public static Argument concept(String role, String conceptId) {
    return new Argument(role, conceptId, Level.CONCEPT);
  }
}
