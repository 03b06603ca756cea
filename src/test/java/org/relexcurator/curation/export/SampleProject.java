package org.relexcurator.curation.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.project.ContentHash;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.io.pubtator.PubTatorFormat;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.TaskMonitor;

/**
 * A project made the way the application makes one: the bundled BioRED sample read and paired by
 * {@link CorpusPreparation}, every pair predicted by a tiny random test model, and a few decisions
 * (accepted, rejected with a reason and a note, corrected, skipped).
 */
final class SampleProject {

  static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");

  /** The predictions of the test model, made once per test JVM: the engine start is slow. */
  private static List<StoredPrediction> predictions;

  private static List<StoredPair> pairs;

  private SampleProject() {}

  /** A copy of the sample in {@code folder}, and a project of it beside; returns the project. */
  static Path create(Path folder) throws Exception {
    Path source = folder.resolve("biored-sample.pubtator");
    Files.copy(SAMPLE, source);
    return create(folder.resolve("sample.relex"), source);
  }

  static Path create(Path projectFile, Path source) throws Exception {
    PreparedCorpus corpus = CorpusPreparation.standard(MarkerMode.EXACT).prepare(source);
    predict(corpus, projectFile.getParent());
    String hash = ContentHash.of(source);
    List<DocumentIdentity> documents = new ArrayList<>();
    for (Document document : corpus.documents()) {
      documents.add(
          new DocumentIdentity(document.id(), source.toAbsolutePath(), hash, PubTatorFormat.NAME));
    }
    try (ProjectDatabase project = ProjectDatabase.create(projectFile)) {
      project.contents().putDocuments(documents);
      project.contents().putPairs(pairs);
      project.contents().addPredictions(predictions);
      decide(project.decisions());
    }
    return projectFile;
  }

  private static synchronized void predict(PreparedCorpus corpus, Path scratch) throws Exception {
    if (predictions != null) {
      return;
    }
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    Map<String, Document> byId = new HashMap<>();
    corpus.documents().forEach(d -> byId.put(d.id(), d));
    List<StoredPair> stored = new ArrayList<>();
    for (CandidatePair pair : corpus.pairs()) {
      stored.add(StoredPair.of(preparation.row(byId.get(pair.documentId()), pair)));
    }
    Path model = Files.createDirectories(scratch.resolve("test-model"));
    TestModelMaker.write(model, TestModelMaker.Spec.SMALL);
    List<StoredPrediction> made = new ArrayList<>();
    try (RelationClassifier classifier =
        DjlRelationClassifier.open(
            model.toString(), new ClassifierSettings(DeviceChoice.CPU, 32, 0))) {
      ModelIdentity identity = ModelIdentity.of(classifier.description());
      List<Prediction> scored =
          classifier.classify(
              stored.stream().map(StoredPair::markedText).toList(), TaskMonitor.NONE);
      Instant time = Instant.parse("2026-03-01T08:00:00Z");
      for (int i = 0; i < stored.size(); i++) {
        made.add(new StoredPrediction(stored.get(i).key(), identity, scored.get(i), time));
      }
    }
    pairs = stored;
    predictions = made;
  }

  private static void decide(CurationStore store) throws Exception {
    Instant t = Instant.parse("2026-03-01T09:00:00Z");
    List<String> decisions = List.of("accept", "reject", "correct", "skip", "accept");
    for (int i = 0; i < decisions.size(); i++) {
      StoredPair pair = pairs.get(i * 7);
      Prediction prediction = predictions.get(i * 7).prediction();
      String top = prediction.topLabel();
      double score = prediction.topScore();
      Instant when = t.plusSeconds(60L * i);
      Duration spent = Duration.ofMillis(1500L * (i + 1));
      switch (decisions.get(i)) {
        case "accept" ->
            store.record(
                DecisionDraft.labelled(
                    pair.key(), "alice", top, top, score, null, "", when, spent));
        case "reject" ->
            store.record(
                DecisionDraft.labelled(
                    pair.key(),
                    "alice",
                    top.equals(Decision.NO_RELATION) ? "causes" : Decision.NO_RELATION,
                    top,
                    score,
                    ReasonCode.NEGATION,
                    "\"not associated\", says the abstract\nsecond line",
                    when,
                    spent));
        case "correct" ->
            store.record(
                DecisionDraft.labelled(
                    pair.key(),
                    "bob",
                    top.equals("treats") ? "causes" : "treats",
                    top,
                    score,
                    ReasonCode.OTHER,
                    "",
                    when,
                    spent));
        default ->
            store.record(
                new DecisionDraft(
                    pair.key(),
                    "bob",
                    DecisionAction.SKIPPED,
                    null,
                    top,
                    score,
                    ReasonCode.NEEDS_CONTEXT,
                    "",
                    when,
                    spent,
                    null));
      }
    }
  }
}
