package org.relexcurator.curation.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Span;

/** Documents, pairs and predictions read back from the project file as they were saved. */
class SqliteProjectContentsTest {

  private static final List<String> LABELS = List.of("causes", "none", "treats");
  private static final ModelIdentity MODEL =
      new ModelIdentity(
          "sha256:ab12", "synthetic_relex", Path.of("/models/synthetic_relex"), false);
  private static final ModelIdentity OTHER_MODEL =
      new ModelIdentity("sha256:cd34", "retrained", null, true);

  @TempDir Path folder;

  private Path file;
  private ProjectDatabase project;

  @BeforeEach
  void createProject() throws CurationStoreException {
    file = folder.resolve("contents.relex");
    project = ProjectDatabase.create(file);
  }

  @AfterEach
  void closeProject() throws CurationStoreException {
    project.close();
  }

  private static StoredPair pair(String document, String e1, String e2, String markedText) {
    return new StoredPair(
        document,
        e1,
        List.of(new Span(0, 9)),
        "Chemical",
        e2,
        List.of(new Span(20, 26), new Span(30, 36)),
        "Disease",
        new Span(0, 40),
        markedText,
        "exact",
        "tamoxifen",
        List.of("D013629"),
        "Chemical",
        "breast cancer",
        List.of("D001943", "D009369"),
        "DiseaseOrPhenotypicFeature");
  }

  private static StoredPrediction prediction(
      String pairKey, ModelIdentity model, double... logits) {
    return new StoredPrediction(
        pairKey, model, new Prediction(LABELS, logits), Instant.parse("2026-03-02T10:00:00.5Z"));
  }

  private void reopen() throws CurationStoreException {
    project.close();
    project = ProjectDatabase.open(file);
  }

  @Test
  void documentsPairsAndPredictionsReadBackEqualAfterReopening() throws Exception {
    List<DocumentIdentity> documents =
        List.of(
            new DocumentIdentity(
                "PMID:1", Path.of("/corpora/cdr/Train.PubTator"), "sha256:0f0f", "pubtator"),
            new DocumentIdentity("typed", null, null, null));
    StoredPair first = pair("PMID:1", "T1", "T2", "[E1]tamoxifen[/E1] lowers [E2]cancer[/E2]");
    StoredPair second = pair("PMID:1", "T2", "T1", "[E2]tamoxifen[/E2] lowers [E1]cancer[/E1]");
    StoredPrediction predicted = prediction(first.key(), MODEL, 0.1, -2.5, 3.0000000000000004);

    project.contents().putDocuments(documents);
    project.contents().putPairs(List.of(first, second));
    project.contents().addPredictions(List.of(predicted));
    reopen();

    assertThat(project.contents().documents()).isEqualTo(documents);
    assertThat(project.contents().pairs()).containsExactly(first, second);
    assertThat(project.contents().predictions(first.key())).containsExactly(predicted);
    assertThat(project.contents().predictions(second.key())).isEmpty();
    assertThat(project.contents().latestPredictions()).containsOnlyKeys(first.key());
  }

  @Test
  void savingADocumentOrPairAgainReplacesItInItsPlace() throws Exception {
    project
        .contents()
        .putDocuments(
            List.of(
                new DocumentIdentity("d1", null, null, null),
                new DocumentIdentity("d2", null, null, null)));
    project
        .contents()
        .putPairs(List.of(pair("d1", "T1", "T2", "old"), pair("d2", "T1", "T2", "other")));

    DocumentIdentity reread =
        new DocumentIdentity("d1", Path.of("/new/place.xml"), "sha256:99", "bioc-xml");
    project.contents().putDocuments(List.of(reread));
    project.contents().putPairs(List.of(pair("d1", "T1", "T2", "new")));

    assertThat(project.contents().documents())
        .extracting(DocumentIdentity::id)
        .containsExactly("d1", "d2");
    assertThat(project.contents().documents().get(0)).isEqualTo(reread);
    assertThat(project.contents().pairs())
        .extracting(StoredPair::markedText)
        .containsExactly("new", "other");
  }

  @Test
  void aPairOfADocumentTheProjectLacksIsRefusedAndNothingOfItsBatchIsSaved() throws Exception {
    project.contents().putDocuments(List.of(new DocumentIdentity("d1", null, null, null)));

    assertThatThrownBy(
            () ->
                project
                    .contents()
                    .putPairs(
                        List.of(pair("d1", "T1", "T2", "ok"), pair("d9", "T1", "T2", "orphan"))))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            "Pair d9|T1|T2 is from document d9, which the project does not have; save"
                + " the document first");
    assertThat(project.contents().pairs()).isEmpty();
  }

  @Test
  void aPredictionOfAPairTheProjectLacksIsRefused() throws Exception {
    assertThatThrownBy(
            () ->
                project.contents().addPredictions(List.of(prediction("d1|T1|T2", MODEL, 1, 2, 3))))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            "A prediction is for pair d1|T1|T2, which the project does not have; save"
                + " the pair first");
  }

  @Test
  void everyPredictionIsKeptAndEachPairsLatestIsItsCurrentOne() throws Exception {
    project.contents().putDocuments(List.of(new DocumentIdentity("d1", null, null, null)));
    StoredPair a = pair("d1", "T1", "T2", "a");
    StoredPair b = pair("d1", "T2", "T1", "b");
    project.contents().putPairs(List.of(a, b));
    StoredPrediction firstOfA = prediction(a.key(), MODEL, 5, 0, 0);
    StoredPrediction onlyOfB = prediction(b.key(), MODEL, 0, 5, 0);
    StoredPrediction secondOfA = prediction(a.key(), OTHER_MODEL, 0, 0, 5);

    project.contents().addPredictions(List.of(firstOfA, onlyOfB));
    project.contents().addPredictions(List.of(secondOfA));

    assertThat(project.contents().predictions(a.key())).containsExactly(firstOfA, secondOfA);
    assertThat(project.contents().latestPredictions())
        .containsEntry(a.key(), secondOfA)
        .containsEntry(b.key(), onlyOfB)
        .hasSize(2);
    assertThat(project.contents().latestPredictions().get(a.key()).prediction().topLabel())
        .isEqualTo("treats");
  }

  @Test
  void scoresAreStoredByLabelSoThatSqlCanReachThem() throws Exception {
    project.contents().putDocuments(List.of(new DocumentIdentity("d1", null, null, null)));
    StoredPair a = pair("d1", "T1", "T2", "a");
    project.contents().putPairs(List.of(a));
    Prediction prediction = new Prediction(LABELS, new double[] {0, 0, 2});
    project
        .contents()
        .addPredictions(List.of(new StoredPrediction(a.key(), MODEL, prediction, Instant.EPOCH)));

    double treats =
        project.withConnection(
            "reading",
            connection -> {
              try (var statement = connection.createStatement();
                  var row =
                      statement.executeQuery(
                          "SELECT json_extract(scores, '$.treats'), label, score FROM predictions")) {
                row.next();
                assertThat(row.getString(2)).isEqualTo("treats");
                assertThat(row.getDouble(3)).isEqualTo(prediction.topScore());
                return row.getDouble(1);
              }
            });
    assertThat(treats).isEqualTo(prediction.probability("treats"));
  }
}
