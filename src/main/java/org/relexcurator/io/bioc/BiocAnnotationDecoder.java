package org.relexcurator.io.bioc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.relexcurator.io.ConceptIds;
import org.relexcurator.io.MentionCheck;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Span;

/**
 * Turns a BioC annotation into an entity mention: one span per {@code <location>} (several make a
 * discontinuous mention), offsets checked against the document text with {@link MentionCheck}; type
 * and concept ids from the infons ({@link BiocInfonKeys}).
 */
final class BiocAnnotationDecoder {

  private final ProblemLog log;

  BiocAnnotationDecoder(ProblemLog log) {
    this.log = log;
  }

  /**
   * The entity, or empty when the annotation was dropped (and reported).
   *
   * @param fallbackId the id to use when the annotation has none
   */
  Optional<Entity> decode(
      String documentId, Bioc.Annotation raw, DocumentText text, String fallbackId) {
    String id = raw.id() == null || raw.id().isBlank() ? null : raw.id().strip();
    if (id == null) {
      id = fallbackId;
      log.warning(documentId, raw.line(), id, "annotation has no id; named it " + id, null, null);
    }
    if (raw.locations().isEmpty()) {
      log.error(
          documentId,
          raw.line(),
          id,
          "annotation has no location; dropped",
          "a <location offset length>",
          null);
      return Optional.empty();
    }
    List<Span> spans = new ArrayList<>();
    for (Bioc.Location location : raw.locations()) {
      OptionalInt offset = BiocOffset.parse(location.offset());
      OptionalInt length = BiocOffset.parse(location.length());
      if (offset.isEmpty()
          || length.isEmpty()
          || (long) offset.getAsInt() + length.getAsInt() > Integer.MAX_VALUE) {
        log.error(
            documentId,
            raw.line(),
            id,
            "location offset or length is missing or not a number; annotation dropped",
            "offset and length " + BiocOffset.EXPECTED,
            "offset " + location.offset() + ", length " + location.length());
        return Optional.empty();
      }
      spans.add(new Span(offset.getAsInt(), offset.getAsInt() + length.getAsInt()));
    }
    spans.sort(null);
    String stated = raw.text();
    if (stated == null) {
      if (!spans.stream().allMatch(text::isValid)) {
        log.error(
            documentId,
            raw.line(),
            id,
            "annotation lies past the end of the text (length "
                + text.length()
                + ") and has no text; dropped",
            null,
            spans.toString());
        return Optional.empty();
      }
      stated = String.join(" ", spans.stream().map(text::slice).toList());
    }
    Optional<List<Span>> checked = check(documentId, raw.line(), id, text, spans, stated);
    if (checked.isEmpty()) {
      return Optional.empty();
    }
    String type = BiocInfonKeys.firstText(raw.infons(), BiocInfonKeys.ENTITY_TYPE).orElse("");
    if (type.isEmpty()) {
      log.warning(
          documentId,
          raw.line(),
          id,
          "annotation has no type infon; kept without a type",
          "an infon \"type\"",
          null);
    }
    List<String> conceptIds =
        ConceptIds.split(
            BiocInfonKeys.firstText(raw.infons(), BiocInfonKeys.CONCEPT_ID).orElse(""));
    Infons infons = BiocInfonKeys.withoutUsual(raw.infons(), BiocInfonKeys.ENTITY_TYPE);
    // The id text stays where the writer would not give it back as it was (BioRED's "D1,D2").
    if (infons.values().get("identifier") instanceof String written
        && written.equals(ConceptIds.join(conceptIds))) {
      infons = BiocInfonKeys.withoutUsual(infons, BiocInfonKeys.CONCEPT_ID);
    }
    return Optional.of(new Entity(id, type, checked.get(), stated, conceptIds, infons));
  }

  private Optional<List<Span>> check(
      String documentId, int line, String id, DocumentText text, List<Span> spans, String stated) {
    MentionCheck.Outcome outcome = MentionCheck.check(text, spans, stated);
    if (outcome instanceof MentionCheck.Exact exact) {
      return Optional.of(exact.spans());
    }
    if (outcome instanceof MentionCheck.Moved moved) {
      log.offsetsRepaired(
          documentId,
          line,
          id,
          "offsets "
              + spans
              + " are off by "
              + moved.delta()
              + "; moved to "
              + moved.spans()
              + " where the text is",
          stated,
          moved.textAtGivenOffsets());
      return Optional.of(moved.spans());
    }
    String found = ((MentionCheck.Mismatch) outcome).textAtGivenOffsets();
    log.error(
        documentId,
        line,
        id,
        found == null
            ? "location "
                + spans
                + " lies past the end of the text (length "
                + text.length()
                + "); annotation dropped"
            : "annotation text does not match the document text at "
                + spans
                + "; annotation dropped",
        stated,
        found);
    return Optional.empty();
  }
}
