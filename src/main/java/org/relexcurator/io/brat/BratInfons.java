package org.relexcurator.io.brat;

/**
 * Where brat annotations that the domain model has no field for are kept, so that a document read
 * from brat can be written back as it was.
 *
 * <ul>
 *   <li>{@code A} and {@code M} lines: an infon {@code brat:NAME} on the entity or relation, whose
 *       value is {@code true} for a binary attribute and the value as written otherwise;
 *   <li>{@code N} lines: the concept id goes to the entity's concept ids; the infon {@code
 *       brat-norm:ID} holds {@code [type, text]} of the line ({@code Reference}, the name);
 *   <li>{@code #} lines: an infon {@code note} with the note's text, a list if there are several;
 *   <li>which attributes the file wrote as {@code M} lines (BioNLP shared task files do): the
 *       document infon {@code brat-modifiers}, a sorted list of attribute names.
 * </ul>
 */
public final class BratInfons {

  public static final String ATTRIBUTE_PREFIX = "brat:";
  public static final String NORMALIZATION_PREFIX = "brat-norm:";
  public static final String NOTE = "note";
  public static final String MODIFIERS = "brat-modifiers";

  /** The role of an event's trigger, the first argument of a relation read from an E line. */
  public static final String TRIGGER_ROLE = "Trigger";

  /** The prefix of the ids given to equivalence ({@code *}) lines, which have none in the file. */
  public static final String EQUIVALENCE_ID_PREFIX = "*";

  private BratInfons() {}
}
