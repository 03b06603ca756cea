package org.relexcurator.pipeline;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Relation;

/** Counts of what a prepared corpus holds, as {@code relex inspect} reports them. */
public record CorpusStatistics(
    int documents,
    int passages,
    int sentences,
    int entities,
    int relations,
    int pairs,
    Map<String, Integer> entityTypes,
    Map<String, Integer> relationTypes) {

  public CorpusStatistics {
    entityTypes = Collections.unmodifiableMap(new TreeMap<>(entityTypes));
    relationTypes = Collections.unmodifiableMap(new TreeMap<>(relationTypes));
  }

  public static CorpusStatistics of(PreparedCorpus corpus) {
    int passages = 0;
    int sentences = 0;
    int entities = 0;
    int relations = 0;
    Map<String, Integer> entityTypes = new TreeMap<>();
    Map<String, Integer> relationTypes = new TreeMap<>();
    for (Document document : corpus.documents()) {
      passages += document.passages().size();
      sentences += document.sentenceCount();
      entities += document.entities().size();
      relations += document.relations().size();
      for (Entity entity : document.entities()) {
        entityTypes.merge(entity.type(), 1, Integer::sum);
      }
      for (Relation relation : document.relations()) {
        relationTypes.merge(relation.type(), 1, Integer::sum);
      }
    }
    return new CorpusStatistics(
        corpus.documents().size(),
        passages,
        sentences,
        entities,
        relations,
        corpus.pairs().size(),
        entityTypes,
        relationTypes);
  }
}
