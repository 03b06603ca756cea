package org.relexcurator.ui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.model.Problem;

/**
 * The mentions whose offsets the reader moved to where their text is, per document, each with a
 * note for the curator: such a mention is shown where the reader put it, which may not be where the
 * file's author meant it.
 */
public final class RepairedMentions {

  /** None repaired: a corpus read without such problems. */
  public static final RepairedMentions NONE = new RepairedMentions(Map.of());

  private final Map<String, Map<String, String>> notes;

  private RepairedMentions(Map<String, Map<String, String>> notes) {
    this.notes = notes;
  }

  /** The repairs among the problems met reading a corpus. */
  public static RepairedMentions of(List<Problem> problems) {
    Map<String, Map<String, String>> notes = new HashMap<>();
    for (Problem problem : problems) {
      if (problem.kind() == Problem.Kind.OFFSETS_REPAIRED
          && problem.documentId() != null
          && problem.annotationId() != null) {
        notes
            .computeIfAbsent(problem.documentId(), d -> new HashMap<>())
            .put(problem.annotationId(), noteOf(problem));
      }
    }
    return notes.isEmpty() ? NONE : new RepairedMentions(Map.copyOf(notes));
  }

  /** The notes of one document's repaired mentions, by mention id. */
  public Map<String, String> of(String documentId) {
    return notes.getOrDefault(documentId, Map.of());
  }

  private static String noteOf(Problem problem) {
    StringBuilder note = new StringBuilder("Offsets repaired");
    if (problem.line() > 0) {
      note.append(" (line ").append(problem.line()).append(')');
    }
    note.append(": ").append(problem.message());
    if (problem.expected() != null) {
      note.append(" \u201c").append(problem.expected()).append('\u201d');
    }
    if (problem.found() != null) {
      note.append("\nThe file's offsets cover \u201c").append(problem.found()).append('\u201d');
    }
    return note.toString();
  }
}
