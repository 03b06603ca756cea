package org.relexcurator.curation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Document;

/**
 * A document with the curators' mention edits applied ({@link MentionOverlay#apply}).
 *
 * @param document the document with its corrected mentions; relations and text are the file's
 * @param origins the provenance of each mention a curator added or changed, by mention id; the
 *     file's untouched mentions are absent
 * @param goneIds ids of the file's mentions that no longer exist as they were: removed, or changed
 *     into a mention with another id. Pairs naming them are obsolete.
 * @param unapplied edits in force that could not be applied, oldest first: their mention was gone
 *     or already there, because another curator's edit came between or an earlier edit was undone
 */
public record EditedDocument(
    Document document,
    Map<String, MentionOrigin> origins,
    Set<String> goneIds,
    List<Decision> unapplied) {

  public EditedDocument {
    Objects.requireNonNull(document, "document");
    origins = Map.copyOf(origins);
    goneIds = Set.copyOf(goneIds);
    unapplied = List.copyOf(unapplied);
  }

  public Optional<MentionOrigin> origin(String mentionId) {
    return Optional.ofNullable(origins.get(mentionId));
  }
}
