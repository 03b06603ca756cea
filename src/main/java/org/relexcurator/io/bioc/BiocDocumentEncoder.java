package org.relexcurator.io.bioc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relexcurator.io.ConceptIds;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/**
 * Maps domain documents to BioC, for either writer, so that reading the result gives the same
 * documents back.
 *
 * <p>Passages carry their offset and their slice of the document text (text between passages is not
 * written: a reader sees spaces there). An annotation goes into the passage, and the sentence if
 * any, that contains its first span, also one the file had at document level. Every relation is
 * written at document level, wherever the file it came from had it: concept-level arguments as
 * infons named by their role ({@code entity1}, {@code entity2}), mention-level ones as nodes. The
 * reader recognises the roles in {@link BiocInfonKeys#CONCEPT_ROLES}; a concept-level argument with
 * another role does not survive a round trip. Types, concept ids and concept arguments go under the
 * key the infons name ({@code MESH}, {@code relation}, {@code role1.identifier}), else under the
 * usual one ({@link BiocInfonKeys}); every other infon is written as the model has it.
 */
final class BiocDocumentEncoder {

  static final String SOURCE = "RelEx Curator";
  static final String KEY = "BioC.key";

  Bioc.Collection encode(List<Document> documents, LocalDate date) {
    return new Bioc.Collection(
        SOURCE, date.toString(), KEY, documents.stream().map(this::encode).toList());
  }

  Bioc.Document encode(Document document) {
    List<Passage> passages = document.passages();
    if (passages.isEmpty() && document.text().length() > 0) {
      passages = List.of(new Passage("", new Span(0, document.text().length())));
    }
    List<List<Entity>> byPassage = new ArrayList<>();
    passages.forEach(p -> byPassage.add(new ArrayList<>()));
    if (!passages.isEmpty()) {
      for (Entity entity : document.entities()) {
        byPassage.get(passageIndex(passages, entity.start())).add(entity);
      }
    }
    List<Bioc.Passage> encoded = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      encoded.add(encode(document, passages.get(i), byPassage.get(i)));
    }
    return new Bioc.Document(
        document.id(),
        document.infons(),
        encoded,
        List.of(),
        document.relations().stream().map(BiocDocumentEncoder::encode).toList(),
        0);
  }

  /** The passage containing the offset, else the last one starting before it, else the first. */
  private static int passageIndex(List<Passage> passages, int offset) {
    int before = 0;
    for (int i = 0; i < passages.size(); i++) {
      Span span = passages.get(i).span();
      if (span.start() <= offset && offset < span.end()) {
        return i;
      }
      if (span.start() <= offset) {
        before = i;
      }
    }
    return before;
  }

  private static Bioc.Passage encode(Document document, Passage passage, List<Entity> entities) {
    List<Bioc.Annotation> passageLevel = new ArrayList<>();
    Map<Sentence, List<Bioc.Annotation>> bySentence = new LinkedHashMap<>();
    passage.sentences().forEach(s -> bySentence.put(s, new ArrayList<>()));
    for (Entity entity : entities) {
      Optional<Sentence> sentence =
          passage.sentences().stream()
              .filter(s -> s.start() <= entity.start() && entity.start() < s.end())
              .findFirst();
      (sentence.isPresent() ? bySentence.get(sentence.get()) : passageLevel).add(encode(entity));
    }
    List<Bioc.Sentence> sentences = new ArrayList<>();
    bySentence.forEach(
        (sentence, annotations) ->
            sentences.add(
                new Bioc.Sentence(
                    Infons.empty(),
                    Integer.toString(sentence.start()),
                    document.sentenceText(sentence),
                    annotations,
                    List.of(),
                    0)));
    Infons infons = withDerived(passage.infons(), BiocInfonKeys.PASSAGE_TYPE, passage.type());
    return new Bioc.Passage(
        infons,
        Integer.toString(passage.offset()),
        document.passageText(passage),
        sentences,
        passageLevel,
        List.of(),
        0);
  }

  private static Bioc.Annotation encode(Entity entity) {
    Infons infons = entity.infons();
    Map<String, Object> values = new LinkedHashMap<>();
    if (!infons.has("type") && !entity.type().isEmpty()) {
      values.put("type", entity.type());
    }
    Optional<String> idKey = BiocInfonKeys.firstPresent(infons, BiocInfonKeys.CONCEPT_ID);
    if (idKey.isEmpty() && !entity.conceptIds().isEmpty()) {
      values.put("identifier", ConceptIds.join(entity.conceptIds()));
    }
    for (Map.Entry<String, Object> infon : infons.values().entrySet()) {
      String key = infon.getKey();
      Object value = infon.getValue();
      if (key.equals("type")) {
        putUnlessEmpty(values, key, value, entity.type());
      } else if (idKey.isPresent() && key.equals(idKey.get())) {
        boolean same =
            ConceptIds.split(value == null ? "" : Infons.asText(value)).equals(entity.conceptIds());
        if (same) {
          values.put(key, value);
        } else if (!entity.conceptIds().isEmpty()) {
          values.put(key, ConceptIds.join(entity.conceptIds()));
        }
      } else {
        values.put(key, value);
      }
    }
    List<Bioc.Location> locations =
        entity.spans().stream()
            .map(s -> new Bioc.Location(Integer.toString(s.start()), Integer.toString(s.length())))
            .toList();
    return new Bioc.Annotation(entity.id(), new Infons(values), locations, entity.text(), 0);
  }

  private static Bioc.Relation encode(Relation relation) {
    Map<String, String> concepts = new LinkedHashMap<>();
    List<Bioc.Node> nodes = new ArrayList<>();
    for (Argument argument : relation.arguments()) {
      if (argument.level() == Argument.Level.CONCEPT) {
        concepts.putIfAbsent(argument.role(), argument.ref());
      } else {
        nodes.add(new Bioc.Node(argument.ref(), argument.role()));
      }
    }
    Infons infons = relation.infons();
    Set<String> rolesInInfons = new HashSet<>();
    infons
        .values()
        .forEach(
            (key, value) -> {
              if (value != null) {
                BiocInfonKeys.conceptRole(key).ifPresent(rolesInInfons::add);
              }
            });
    Map<String, Object> values = new LinkedHashMap<>();
    concepts.forEach(
        (role, ref) -> {
          if (!rolesInInfons.contains(role)) {
            values.put(role, ref);
          }
        });
    Optional<String> typeKey = BiocInfonKeys.firstPresent(infons, BiocInfonKeys.RELATION_TYPE);
    if (typeKey.isEmpty() && !relation.type().isEmpty()) {
      values.put("type", relation.type()); // after the arguments, as BioRED writes it
    }
    Set<String> placed = new HashSet<>();
    for (Map.Entry<String, Object> infon : infons.values().entrySet()) {
      String key = infon.getKey();
      Object value = infon.getValue();
      Optional<String> role = BiocInfonKeys.conceptRole(key);
      if (typeKey.isPresent() && key.equals(typeKey.get())) {
        putUnlessEmpty(values, key, value, relation.type());
      } else if (role.isEmpty() || placed.contains(role.get())) {
        values.put(key, value);
      } else if (value == null) {
        if (!concepts.containsKey(role.get())) {
          values.put(key, null);
        }
      } else {
        placed.add(role.get());
        // A role infon without its argument is stale (the argument was removed): not written.
        if (concepts.containsKey(role.get())) {
          putUnlessEmpty(values, key, value, concepts.get(role.get()));
        }
      }
    }
    return new Bioc.Relation(relation.id(), new Infons(values), nodes, 0);
  }

  /** Puts the model's value, keeping the file's (and its JSON type) where it says the same. */
  private static void putUnlessEmpty(
      Map<String, Object> values, String key, Object fileValue, String modelValue) {
    if (modelValue.isEmpty()) {
      return;
    }
    boolean same = fileValue != null && Infons.asText(fileValue).equals(modelValue);
    values.put(key, same ? fileValue : modelValue);
  }

  /**
   * Infons from which the reader derives {@code value} again: the first of {@code keys} present
   * holds it, or the first key is added in front; an empty value removes the keys.
   */
  static Infons withDerived(Infons infons, List<String> keys, String value) {
    if (BiocInfonKeys.firstText(infons, keys).orElse("").equals(value)) {
      return infons;
    }
    Optional<String> key = BiocInfonKeys.firstPresent(infons, keys);
    if (value.isEmpty()) {
      Infons without = infons;
      for (String k : keys) {
        without = without.without(k);
      }
      return without;
    }
    if (key.isPresent()) {
      return infons.with(key.get(), value);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(keys.get(0), value);
    values.putAll(infons.values());
    return new Infons(values);
  }
}
