package org.relexcurator.curation.agreement;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.relexcurator.curation.NetMentionChange;
import org.relexcurator.model.Entity;

/**
 * Two or more curators' conflicting corrections of one place in a document: different edits of the
 * same file mention, or overlapping mentions of different types that each added. A lead settles it
 * by making the mention right (their own edit, or an undo by whoever was wrong).
 *
 * @param documentId the document
 * @param fileMentionId the file mention edited differently; null for conflicting additions
 * @param changes each curator's net change, by curator
 */
public record MentionDispute(
    String documentId, String fileMentionId, SortedMap<String, NetMentionChange> changes) {

  public MentionDispute {
    changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
  }

  /** One line for a person: where, and what each curator made of it. */
  public String describe() {
    String where =
        fileMentionId == null
            ? documentId + ": overlapping added mentions"
            : documentId + " mention " + fileMentionId;
    return where
        + ": "
        + changes.entrySet().stream()
            .map(e -> e.getKey() + " " + outcome(e.getValue()))
            .collect(Collectors.joining("; "));
  }

  private static String outcome(NetMentionChange change) {
    Entity current = change.current();
    if (current == null) {
      return "removed it";
    }
    String made = "\"" + current.text() + "\" " + current.type() + " " + current.spans();
    return (change.original() == null ? "added " : "made it ") + made;
  }
}
