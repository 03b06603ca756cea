package org.relexcurator.ui.problems;

/** Takes the window to what a problem names, as far as the open corpus still has it. */
@FunctionalInterface
public interface ProblemNavigation {

  /** How far the window could follow a problem. */
  enum Destination {
    /** The document is shown with the annotation, a mention, focused in its text. */
    MENTION,
    /** The document is shown; the annotation, if the problem names one, is not a mention of it. */
    DOCUMENT,
    /** The open corpus has no such document: the reader dropped it. */
    NOWHERE
  }

  /**
   * Shows a document of the open corpus and, where it has one with this id, focuses a mention.
   *
   * @param annotationId the annotation the problem names, or null
   */
  Destination show(String documentId, String annotationId);
}
