package org.relexcurator.ui.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.TaskMonitor;

/**
 * A corpus's rows, in corpus order and as filtered and sorted when the load began, the same rows by
 * pair key, each document's place in the corpus, and the rows' type pairs sorted. Built in the
 * background: the rows are the UI's only once the queue shows them.
 */
record CorpusRows(
    QueueLists lists,
    Map<String, QueueRow> byKey,
    Map<String, Integer> documentOrder,
    Set<String> typePairs) {

  private static final int SNIPPET_CONTEXT = 20;

  /** Builds a row for each candidate pair, each with its reverse pair's row where there is one. */
  static CorpusRows of(
      PreparedCorpus corpus,
      EntityTypeMapping types,
      Predicate<QueueRow> filter,
      Comparator<QueueRow> sorting,
      TaskMonitor monitor) {
    Map<String, Document> documents = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
    corpus.documents().forEach(d -> order.putIfAbsent(d.id(), order.size()));
    List<QueueRow> loaded = new ArrayList<>(corpus.pairs().size());
    for (CandidatePair pair : corpus.pairs()) {
      if (loaded.size() % 4096 == 0) {
        monitor.checkCancelled();
      }
      Document document = documents.get(pair.documentId());
      loaded.add(
          new QueueRow(
              loaded.size(),
              document,
              pair,
              SentenceSnippet.of(document, pair, SNIPPET_CONTEXT),
              typeOf(types, pair.first()),
              typeOf(types, pair.second())));
    }
    Map<String, QueueRow> keyed = new HashMap<>(loaded.size() * 2);
    loaded.forEach(row -> keyed.putIfAbsent(row.key(), row));
    for (QueueRow row : loaded) {
      QueueRow reverse = keyed.get(row.pair().reversed().key());
      if (reverse != null && row.index() < reverse.index()) {
        QueueRow.pairReversed(row, reverse);
      }
    }
    TreeSet<String> typePairs = new TreeSet<>();
    loaded.forEach(row -> typePairs.add(row.typePair()));
    monitor.checkCancelled();
    return new CorpusRows(QueueLists.of(loaded, filter, sorting), keyed, order, typePairs);
  }

  private static String typeOf(EntityTypeMapping types, Entity entity) {
    return types.map(entity).orElse(entity.type());
  }
}
