package org.relexcurator.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifiedSentence;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.task.TaskMonitor;

/**
 * Runs on an executor: scores a partition's pairs with this JVM's model ({@link ExecutorModel}), a
 * chunk at a time, so a partition of any size streams through. The classifier sorts each chunk by
 * token length and pads a batch only to its longest sentence, as {@code relex predict} does.
 */
final class PartitionScorer implements FlatMapFunction<Iterator<PendingPair>, Row> {

  private static final long serialVersionUID = 1L;

  /** Batches per chunk: enough sentences that length sorting leaves little padding. */
  private static final int BATCHES_PER_CHUNK = 32;

  private final String model;
  // The settings' parts, which Spark can serialise.
  private final DeviceChoice device;
  private final int batchSize;
  private final int threads;

  PartitionScorer(String model, ClassifierSettings settings) {
    this.model = model;
    this.device = settings.device();
    this.batchSize = settings.batchSize();
    this.threads = settings.threads();
  }

  @Override
  public Iterator<Row> call(Iterator<PendingPair> pairs) throws ClassificationException {
    ClassifierSettings settings = new ClassifierSettings(device, batchSize, threads);
    DjlRelationClassifier classifier = ExecutorModel.get(model, settings);
    int chunk = batchSize * BATCHES_PER_CHUNK;
    return new Iterator<>() {
      private Iterator<Row> scored = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!scored.hasNext() && pairs.hasNext()) {
          scored = score(classifier, take(pairs, chunk)).iterator();
        }
        return scored.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return scored.next();
      }
    };
  }

  private static List<PendingPair> take(Iterator<PendingPair> pairs, int size) {
    List<PendingPair> chunk = new ArrayList<>(size);
    while (chunk.size() < size && pairs.hasNext()) {
      chunk.add(pairs.next());
    }
    return chunk;
  }

  private static List<Row> score(DjlRelationClassifier classifier, List<PendingPair> chunk) {
    List<ClassifiedSentence> results;
    try {
      results =
          classifier.classifyWithTokens(
              chunk.stream().map(pair -> pair.row().text()).toList(), TaskMonitor.NONE);
    } catch (ClassificationException e) {
      // Spark's iterators cannot throw checked exceptions; the task fails with the message.
      throw new IllegalStateException(e.getMessage(), e);
    }
    ModelDescription description = classifier.description();
    List<Row> rows = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      rows.add(PredictionRows.of(chunk.get(i), results.get(i), description));
    }
    return rows;
  }
}
