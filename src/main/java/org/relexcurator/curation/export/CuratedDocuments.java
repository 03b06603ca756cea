package org.relexcurator.curation.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Relation;

/**
 * The project's documents with the curators' gold in place of the relations their files had: one
 * mention-level relation per gold pair, E1 as {@code Arg1} and E2 as {@code Arg2}, typed with the
 * gold label. A pair judged to have no relation is a relation of type {@code none}, so that the
 * curators' negatives and their reasons are exported too.
 */
final class CuratedDocuments {

  static final String SOURCE_ROLE = "Arg1";
  static final String TARGET_ROLE = "Arg2";

  private CuratedDocuments() {}

  /**
   * @param sources the documents as read from their files, by id, in the project's order
   * @param infons what each relation carries besides its type and arguments
   * @throws ExportException if a gold pair names a mention its document does not have
   */
  static List<Document> of(
      List<CuratedPair> gold, Map<String, Document> sources, Function<CuratedPair, Infons> infons)
      throws ExportException {
    Map<String, List<CuratedPair>> byDocument = new LinkedHashMap<>();
    sources.keySet().forEach(id -> byDocument.put(id, new ArrayList<>()));
    for (CuratedPair pair : gold) {
      byDocument.get(pair.pair().documentId()).add(pair);
    }
    List<Document> documents = new ArrayList<>(sources.size());
    for (Document source : sources.values()) {
      documents.add(withGold(source, byDocument.get(source.id()), infons));
    }
    return documents;
  }

  private static Document withGold(
      Document source, List<CuratedPair> pairs, Function<CuratedPair, Infons> infons)
      throws ExportException {
    Set<String> taken = new HashSet<>();
    source.entities().forEach(e -> taken.add(e.id()));
    List<Relation> relations = new ArrayList<>(pairs.size());
    int number = 0;
    for (CuratedPair curated : pairs) {
      StoredPair pair = curated.pair();
      requireMention(source, pair, pair.e1Id());
      requireMention(source, pair, pair.e2Id());
      String id;
      do {
        id = "R" + ++number;
      } while (!taken.add(id));
      relations.add(
          new Relation(
              id,
              curated.goldLabel(),
              List.of(
                  Argument.mention(SOURCE_ROLE, pair.e1Id()),
                  Argument.mention(TARGET_ROLE, pair.e2Id())),
              infons.apply(curated)));
    }
    return source.withRelations(relations);
  }

  private static void requireMention(Document source, StoredPair pair, String mentionId)
      throws ExportException {
    if (source.entity(mentionId).isEmpty()) {
      throw new ExportException(
          "Document "
              + source.id()
              + " as read from its file has no"
              + " mention "
              + mentionId
              + ", which pair "
              + pair.key()
              + " names; was the file"
              + " read with another version of RelEx Curator?");
    }
  }
}
