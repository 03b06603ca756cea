package org.relexcurator.io.bioc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Relation;

/**
 * Turns a BioC relation into a model relation. Arguments come from two places: infons that name a
 * concept ({@link BiocInfonKeys#CONCEPT_ROLES}, BioRED's {@code entity1}/{@code entity2}), which
 * become concept-level arguments in infon order, then {@code <node refid role>}s, which become
 * mention-level arguments, except in PubTator3 relations, whose nodes are no arguments ({@link
 * BiocInfonKeys#PUBTATOR3_ROLES}) and are not read. The infons keep what the type and arguments do
 * not already hold ({@link BiocInfonKeys}).
 */
final class BiocRelationDecoder {

  /** What relations of one document may refer to. */
  record Targets(Set<String> entityIds, Set<String> relationIds, Set<String> conceptIds) {}

  private final ProblemLog log;

  BiocRelationDecoder(ProblemLog log) {
    this.log = log;
  }

  Relation decode(String documentId, Bioc.Relation raw, Targets targets, String fallbackId) {
    String id = raw.id() == null || raw.id().isBlank() ? null : raw.id().strip();
    if (id == null) {
      id = fallbackId;
      log.warning(documentId, raw.line(), id, "relation has no id; named it " + id, null, null);
    }
    String type = BiocInfonKeys.firstText(raw.infons(), BiocInfonKeys.RELATION_TYPE).orElse("");
    List<Argument> arguments = new ArrayList<>();
    Set<String> roles = new HashSet<>();
    Infons infons = BiocInfonKeys.withoutUsual(raw.infons(), BiocInfonKeys.RELATION_TYPE);
    for (Map.Entry<String, Object> infon : raw.infons().values().entrySet()) {
      Optional<String> role = BiocInfonKeys.conceptRole(infon.getKey());
      if (role.isEmpty() || infon.getValue() == null || !roles.add(role.get())) {
        continue;
      }
      if (role.get().equals(infon.getKey())) {
        infons = infons.without(infon.getKey());
      }
      String concept = Infons.asText(infon.getValue());
      arguments.add(Argument.concept(role.get(), concept));
      if (!targets.conceptIds().contains(concept)) {
        log.warning(
            documentId,
            raw.line(),
            id,
            "argument "
                + role.get()
                + " names concept "
                + concept
                + ", which no annotation of the document has; kept",
            null,
            concept);
      }
    }
    boolean pubtator3 = roles.stream().anyMatch(BiocInfonKeys.PUBTATOR3_ROLES::contains);
    for (Bioc.Node node : pubtator3 ? List.<Bioc.Node>of() : raw.nodes()) {
      if (node.refid() == null || node.refid().isBlank()) {
        log.warning(
            documentId, raw.line(), id, "node without refid; node ignored", "a refid", null);
        continue;
      }
      String refid = node.refid().strip();
      arguments.add(Argument.mention(node.role() == null ? "" : node.role(), refid));
      if (!targets.entityIds().contains(refid) && !targets.relationIds().contains(refid)) {
        log.warning(
            documentId,
            raw.line(),
            id,
            "node refers to "
                + refid
                + ", which is no annotation or relation of the document; kept",
            null,
            refid);
      }
    }
    return new Relation(id, type, arguments, infons);
  }
}
