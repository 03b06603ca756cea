package org.relexcurator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One document: its text, its passages as spans of that text, entity mentions and gold relations.
 *
 * <p>The text is rebuilt from passage offsets ({@link TextLayout}), never by joining passage
 * strings, so that entity offsets from any format address it directly. For PubTator that is the
 * title, one space, and the abstract.
 */
public record Document(
    String id,
    DocumentText text,
    List<Passage> passages,
    List<Entity> entities,
    List<Relation> relations,
    Infons infons) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    passages = List.copyOf(passages);
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
    infons = infons == null ? Infons.empty() : infons;
  }

  public String passageText(Passage passage) {
    return text.slice(passage.span());
  }

  public String sentenceText(Sentence sentence) {
    return text.slice(sentence.span());
  }

  /** The passage containing the given code point offset, if any. */
  public Optional<Passage> passageAt(int offset) {
    for (Passage passage : passages) {
      if (passage.span().start() <= offset && offset < passage.span().end()) {
        return Optional.of(passage);
      }
    }
    return Optional.empty();
  }

  /** Entities whose every fragment lies inside the span, in document order. */
  public List<Entity> entitiesWithin(Span span) {
    List<Entity> inside = new ArrayList<>();
    for (Entity entity : entities) {
      if (span.contains(entity.extent())) {
        inside.add(entity);
      }
    }
    return inside;
  }

  /**
   * The sentence that contains the span, else the passage that does, else the span itself: the
   * smallest unit of text a mention (or a pair of them) can be read in.
   */
  public Span enclosingUnit(Span span) {
    for (Passage passage : passages) {
      for (Sentence sentence : passage.sentences()) {
        if (sentence.contains(span)) {
          return sentence.span();
        }
      }
    }
    for (Passage passage : passages) {
      if (passage.span().contains(span)) {
        return passage.span();
      }
    }
    return span;
  }

  public Optional<Entity> entity(String entityId) {
    return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
  }

  public int sentenceCount() {
    return passages.stream().mapToInt(p -> p.sentences().size()).sum();
  }

  /** A copy whose passages have sentences; passages that already have some keep theirs. */
  public Document withSentences(BiFunction<Document, Passage, List<Sentence>> splitter) {
    List<Passage> withSentences = new ArrayList<>(passages.size());
    for (Passage passage : passages) {
      withSentences.add(
          passage.sentences().isEmpty()
              ? passage.withSentences(splitter.apply(this, passage))
              : passage);
    }
    return new Document(id, text, withSentences, entities, relations, infons);
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(id, text, passages, newEntities, relations, infons);
  }

  public Document withRelations(List<Relation> newRelations) {
    return new Document(id, text, passages, entities, newRelations, infons);
  }
}
