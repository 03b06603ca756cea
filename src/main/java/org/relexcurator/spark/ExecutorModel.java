package org.relexcurator.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DjlRelationClassifier;

/**
 * The one classifier of this JVM per model folder and settings, opened by the first task that needs
 * it and kept for the JVM's life: an executor runs many tasks, and loading BERT-base takes seconds.
 * Tasks of one executor share it; the classifier runs concurrent forward passes. In local mode the
 * driver and the executor are one JVM, so the model the driver opened to learn its fingerprint is
 * the one the tasks use.
 */
final class ExecutorModel {

  private record Key(String model, ClassifierSettings settings) {}

  private static final ConcurrentMap<Key, DjlRelationClassifier> OPEN = new ConcurrentHashMap<>();

  private ExecutorModel() {}

  static DjlRelationClassifier get(String model, ClassifierSettings settings)
      throws ClassificationException {
    Key key = new Key(model, settings);
    DjlRelationClassifier open = OPEN.get(key);
    if (open != null) {
      return open;
    }
    synchronized (ExecutorModel.class) {
      open = OPEN.get(key);
      if (open == null) {
        open = DjlRelationClassifier.open(model, settings);
        OPEN.put(key, open);
      }
      return open;
    }
  }
}
