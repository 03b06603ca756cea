package org.relexcurator.inference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/**
 * The candidate pairs of a document, as the model's training data paired entities.
 *
 * <p>For every sentence (passages without sentences give none: split them first with {@link
 * Document#withSentences}), every ordered pair (E1, E2) of mentions lying wholly inside it whose
 * PubTator3 types the {@link RelationSpecs} allow as {@code E1type|E2type}, except:
 *
 * <ul>
 *   <li>two mentions of the same entity: the same mapped type and a shared concept id, or, when
 *       either lacks a concept id ({@code -} and {@code -1} count as none), the same text ignoring
 *       case. Training paired distinct entity strings only.
 *   <li>crossing mentions (overlapping, neither containing the other). Nested and identical spans
 *       of distinct entities are paired.
 *   <li>in {@link MarkerMode#ALL_OCCURRENCES}, a pair whose marked sentence equals that of an
 *       earlier pair of the same sentence: mentions with the same surface strings mark the same
 *       text, so only the first (by E1's then E2's position) is kept.
 * </ul>
 *
 * <p>Pairs come in document order: by sentence, then E1's position, then E2's (a longer mention
 * before a shorter one starting at the same place). A mention whose type cannot be mapped is left
 * out, with one warning per document and type.
 */
public final class CandidateGenerator {

  private final RelationSpecs specs;
  private final EntityTypeMapping types;

  public CandidateGenerator(RelationSpecs specs, EntityTypeMapping types) {
    this.specs = specs;
    this.types = types;
  }

  /**
   * Every candidate pair of a document.
   *
   * @param source the input the document came from, named in problems
   */
  public Candidates generate(String source, Document document, MarkerMode mode) {
    Map<Entity, Optional<String>> typeOf = new HashMap<>();
    Map<String, Problem> problemByType = new LinkedHashMap<>();
    for (Entity entity : document.entities()) {
      Optional<String> type = types.map(entity);
      typeOf.put(entity, type);
      if (type.isEmpty()) {
        problemByType.computeIfAbsent(
            entity.type().toLowerCase(Locale.ROOT), key -> unmapped(source, document, entity));
      }
    }

    List<CandidatePair> pairs = new ArrayList<>();
    for (Passage passage : document.passages()) {
      for (Sentence sentence : passage.sentences()) {
        List<Entity> inside = new ArrayList<>(document.entitiesWithin(sentence.span()));
        inside.sort(Comparator.comparing(Entity::extent));
        Set<String> markedTexts = new HashSet<>();
        for (Entity first : inside) {
          for (Entity second : inside) {
            if (first == second || !pairable(first, second, typeOf)) {
              continue;
            }
            CandidatePair pair = new CandidatePair(document.id(), sentence, first, second, false);
            if (mode == MarkerMode.ALL_OCCURRENCES
                && !markedTexts.add(EntityMarker.mark(document, pair, mode).text())) {
              continue;
            }
            pairs.add(pair);
          }
        }
      }
    }
    return new Candidates(pairs, new ArrayList<>(problemByType.values()));
  }

  private boolean pairable(Entity first, Entity second, Map<Entity, Optional<String>> typeOf) {
    Optional<String> type1 = typeOf.get(first);
    Optional<String> type2 = typeOf.get(second);
    return type1.isPresent()
        && type2.isPresent()
        && specs.allows(type1.get(), type2.get())
        && !first.extent().crosses(second.extent())
        && !sameEntity(first, second, type1.get(), type2.get());
  }

  private static boolean sameEntity(Entity a, Entity b, String typeA, String typeB) {
    if (!typeA.equals(typeB)) {
      return false;
    }
    List<String> idsA = KnownConceptIds.of(a);
    List<String> idsB = KnownConceptIds.of(b);
    if (!idsA.isEmpty() && !idsB.isEmpty()) {
      return !Collections.disjoint(idsA, idsB);
    }
    return a.text()
        .strip()
        .toLowerCase(Locale.ROOT)
        .equals(b.text().strip().toLowerCase(Locale.ROOT));
  }

  private Problem unmapped(String source, Document document, Entity entity) {
    if (types.knows(entity.type())) {
      return Problem.warning(
          source,
          document.id(),
          0,
          entity.id(),
          "cannot tell whether "
              + entity.type()
              + " mention \""
              + entity.text()
              + "\" is a DNAMutation, ProteinMutation or SNP; such mentions are not paired",
          "a variant id such as p|SUB|Y|67|X, c|DEL|657|5 or rs123, or text such as p.V600E",
          String.join(",", entity.conceptIds()));
    }
    return Problem.warning(
        source,
        document.id(),
        0,
        entity.id(),
        "unknown entity type " + entity.type() + "; its mentions are not paired",
        String.join(", ", types.corpusTypes()),
        entity.type());
  }

  /**
   * A pair a curator picked: any two mentions of the document, in any sentences, with any types.
   * Mentions in different sentences get the span from the start of the first one's sentence to the
   * end of the last one's, and the pair is flagged as crossing sentences; a mention outside every
   * sentence counts its passage, or itself, as its sentence.
   */
  public HandPickedPair pick(Document document, Entity first, Entity second) {
    Span firstUnit = document.enclosingUnit(first.extent());
    Span secondUnit = document.enclosingUnit(second.extent());
    boolean crosses = !firstUnit.equals(secondUnit);
    Span covering =
        new Span(
            Math.min(firstUnit.start(), secondUnit.start()),
            Math.max(firstUnit.end(), secondUnit.end()));
    CandidatePair pair =
        new CandidatePair(document.id(), new Sentence(covering), first, second, crosses);
    Optional<String> type1 = types.map(first);
    Optional<String> type2 = types.map(second);
    boolean allowed =
        type1.isPresent() && type2.isPresent() && specs.allows(type1.get(), type2.get());
    return new HandPickedPair(pair, type1, type2, allowed);
  }
}
