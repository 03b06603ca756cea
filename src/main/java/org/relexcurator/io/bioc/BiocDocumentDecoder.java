package org.relexcurator.io.bioc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Relation;

/**
 * Maps one BioC document, as either reader parsed it, to the domain model: the text rebuilt from
 * passage offsets, every annotation (document-, passage- or sentence-level) as an entity, and every
 * relation (document-, passage- or sentence-level) as a document-level relation. Problems go to the
 * log; only what cannot be used is dropped.
 */
final class BiocDocumentDecoder {

  private final ProblemLog log;
  private final BiocPassageLayout layout;
  private final BiocAnnotationDecoder annotations;
  private final BiocRelationDecoder relations;

  BiocDocumentDecoder(ProblemLog log) {
    this.log = log;
    this.layout = new BiocPassageLayout(log);
    this.annotations = new BiocAnnotationDecoder(log);
    this.relations = new BiocRelationDecoder(log);
  }

  /**
   * @param ordinal the document's 1-based position in the file, to name it if it has no id
   */
  Document decode(Bioc.Document raw, int ordinal) {
    String id = idOf(raw, ordinal);
    if (raw.passages().isEmpty()) {
      log.warning(
          id, raw.line(), null, "document has no passage, so it has no text", "a passage", null);
    }
    BiocPassageLayout.Result laid = layout.layOut(id, raw.passages());
    if (!raw.passages().isEmpty() && laid.text().length() == 0) {
      log.warning(
          id,
          raw.line(),
          null,
          "document is empty: none of its passages has text",
          "a passage with text",
          null);
    }

    List<Entity> entities = new ArrayList<>();
    Set<String> entityIds = new HashSet<>();
    Set<String> conceptIds = new HashSet<>();
    for (Bioc.Annotation annotation : annotationsOf(raw, laid.passages())) {
      String fallbackId = "A" + (entities.size() + 1);
      annotations
          .decode(id, annotation, laid.text(), fallbackId)
          .ifPresent(
              entity -> {
                if (!entityIds.add(entity.id())) {
                  log.warning(
                      id,
                      annotation.line(),
                      entity.id(),
                      "annotation id is used twice in the document; kept both",
                      null,
                      null);
                }
                conceptIds.addAll(entity.conceptIds());
                // BioRED relations may name a composite concept whole (D017180|D014693).
                BiocInfonKeys.firstText(annotation.infons(), BiocInfonKeys.CONCEPT_ID)
                    .ifPresent(field -> conceptIds.add(field.strip()));
                entities.add(entity);
              });
    }

    List<Bioc.Relation> rawRelations = relationsOf(raw, laid.passages());
    Set<String> relationIds = new HashSet<>();
    rawRelations.forEach(r -> relationIds.add(r.id() == null ? "" : r.id().strip()));
    var targets = new BiocRelationDecoder.Targets(entityIds, relationIds, conceptIds);
    List<Relation> decoded = new ArrayList<>();
    for (Bioc.Relation relation : rawRelations) {
      decoded.add(relations.decode(id, relation, targets, "R" + (decoded.size() + 1)));
    }
    return new Document(
        id,
        laid.text(),
        laid.passages().stream().map(BiocPassageLayout.Placed::passage).toList(),
        entities,
        decoded,
        raw.infons());
  }

  private String idOf(Bioc.Document raw, int ordinal) {
    if (raw.id() != null && !raw.id().isBlank()) {
      return raw.id().strip();
    }
    String id = "document-" + ordinal;
    log.warning(id, raw.line(), null, "document has no id; named it " + id, "an id", null);
    return id;
  }

  /** Passage- and sentence-level annotations, then the document's own, as in a BioC file. */
  private static List<Bioc.Annotation> annotationsOf(
      Bioc.Document raw, List<BiocPassageLayout.Placed> passages) {
    List<Bioc.Annotation> all = new ArrayList<>();
    for (BiocPassageLayout.Placed placed : passages) {
      all.addAll(placed.raw().annotations());
      placed.raw().sentences().forEach(s -> all.addAll(s.annotations()));
    }
    all.addAll(raw.annotations());
    return all;
  }

  /** Passage- and sentence-level relations first, as they come first in a BioC file. */
  private static List<Bioc.Relation> relationsOf(
      Bioc.Document raw, List<BiocPassageLayout.Placed> passages) {
    List<Bioc.Relation> all = new ArrayList<>();
    for (BiocPassageLayout.Placed placed : passages) {
      placed.raw().sentences().forEach(s -> all.addAll(s.relations()));
      all.addAll(placed.raw().relations());
    }
    all.addAll(raw.relations());
    return all;
  }
}
