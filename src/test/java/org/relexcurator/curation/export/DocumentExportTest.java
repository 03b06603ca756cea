package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.bioc.BiocJsonFormat;
import org.relexcurator.io.bioc.BiocXmlFormat;
import org.relexcurator.io.brat.BratFormat;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Document;
import org.relexcurator.model.Relation;

/**
 * BioC and brat exports of the BioRED sample project, read back by the project's own readers: the
 * documents as their file had them, one relation per gold pair, the curation in infons or notes.
 */
class DocumentExportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
  private static final ProjectExport EXPORT = new ProjectExport(FormatRegistry.standard(), CLOCK);

  @TempDir static Path shared;
  @TempDir Path folder;

  private static CuratedProject project;
  private static Map<String, Decision> gold;

  @BeforeAll
  static void makeProject() throws Exception {
    Path file = SampleProject.create(shared);
    try (ProjectDatabase database = ProjectDatabase.open(file)) {
      project = CuratedProject.read(database);
    }
    gold =
        project.pairs(false).stream()
            .collect(Collectors.toMap(p -> p.pair().key(), p -> p.curation().decision()));
  }

  private static DocumentFormat reader(ExportFormat format) {
    return switch (format) {
      case BIOC_XML -> new BiocXmlFormat();
      case BIOC_JSON -> new BiocJsonFormat();
      case BRAT -> new BratFormat();
      default -> throw new IllegalArgumentException(format.name());
    };
  }

  private static String keyOf(Document document, Relation relation) {
    return document.id() + "|" + relation.first().ref() + "|" + relation.second().ref();
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"BIOC_XML", "BIOC_JSON"})
  void biocReadsBackWithOneRelationPerGoldPairAndTheCurationInItsInfons(ExportFormat format)
      throws Exception {
    Path target = folder.resolve("curated." + format.extension());

    ExportSummary summary = EXPORT.export(project, format, target, false);
    Corpus back = reader(format).read(target);

    assertThat(summary.documents()).isEqualTo(6);
    assertThat(summary.pairs()).isEqualTo(gold.size());
    assertThat(back.documents()).hasSize(6);
    List<Relation> relations =
        back.documents().stream().flatMap(d -> d.relations().stream()).toList();
    assertThat(relations).hasSize(gold.size());
    for (Document document : back.documents()) {
      for (Relation relation : document.relations()) {
        Decision decision = gold.get(keyOf(document, relation));
        assertThat(decision).as(keyOf(document, relation)).isNotNull();
        assertThat(relation.type()).isEqualTo(decision.label());
        assertThat(relation.arguments())
            .extracting(Argument::role, Argument::level)
            .containsExactly(
                tuple("Arg1", Argument.Level.MENTION), tuple("Arg2", Argument.Level.MENTION));
        assertThat(document.entity(relation.first().ref())).isPresent();
        assertThat(relation.infons().text("curation_status")).hasValue("gold");
        assertThat(relation.infons().text("settled_by")).hasValue("single");
        assertThat(relation.infons().text("curator")).hasValue(decision.curator());
        assertThat(relation.infons().text("action"))
            .hasValue(decision.action().name().toLowerCase(Locale.ROOT));
        assertThat(relation.infons().text("note")).hasValue(decision.note());
        assertThat(relation.infons().text("decided_at")).hasValue(decision.time().toString());
        assertThat(relation.infons().text("model_label")).hasValue(decision.predictedLabel());
        assertThat(relation.infons().text("model_score"))
            .hasValue(Double.toString(decision.predictedScore()));
        assertThat(relation.infons().text("model_warning"))
            .hasValue(ModelDescription.TEST_MODEL_WARNING);
        assertThat(relation.infons().has("reason")).isTrue();
      }
    }
    assertThat(relations)
        .extracting(r -> r.infons().text("note").orElseThrow())
        .contains("\"not associated\", says the abstract\nsecond line");
  }

  @Test
  void theDocumentsKeepTheTextAndMentionsOfTheirFile() throws Exception {
    Path target = folder.resolve("curated.xml");
    EXPORT.export(project, ExportFormat.BIOC_XML, target, false);

    Corpus back = new BiocXmlFormat().read(target);
    Corpus source = FormatRegistry.standard().read(SampleProject.SAMPLE);

    for (int i = 0; i < source.documents().size(); i++) {
      Document read = source.documents().get(i);
      Document written = back.documents().get(i);
      assertThat(written.id()).isEqualTo(read.id());
      assertThat(written.text().value()).isEqualTo(read.text().value());
      assertThat(written.entities())
          .extracting(e -> e.id() + " " + e.spans() + " " + e.type())
          .isEqualTo(
              read.entities().stream()
                  .map(e -> e.id() + " " + e.spans() + " " + e.type())
                  .toList());
    }
  }

  @Test
  void bratReadsBackWithRelationsAndTheCurationAsAnnotatorNotes() throws Exception {
    Path target = folder.resolve("brat");

    ExportSummary summary = EXPORT.export(project, ExportFormat.BRAT, target, false);
    Corpus back = new BratFormat().read(target);

    assertThat(summary.documents()).isEqualTo(6);
    assertThat(back.documents()).hasSize(6);
    List<Relation> relations =
        back.documents().stream().flatMap(d -> d.relations().stream()).toList();
    assertThat(relations).hasSize(gold.size());
    for (Relation relation : relations) {
      assertThat((List<?>) relation.infons().values().get("note"))
          .anyMatch(n -> n.toString().startsWith("curation: gold, settled by single"))
          .anyMatch(n -> n.toString().startsWith("curator: "))
          .anyMatch(n -> n.toString().startsWith("model: "))
          .anyMatch(n -> n.equals("warning: " + ModelDescription.TEST_MODEL_WARNING));
    }
    assertThat(relations)
        .flatExtracting(r -> (List<?>) r.infons().values().get("note"))
        .map(Object::toString)
        .contains("note: \"not associated\", says the abstract second line", "reason: negation");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aBratExportReplacesAnEarlierOneWhole() throws Exception {
    Path target = folder.resolve("brat");
    Files.createDirectories(target.resolve("old"));
    Files.writeString(target.resolve("old/stale.ann"), "T1\tGene 0 1\tx\n");
    Files.writeString(target.resolve("old/stale.txt"), "x");

    EXPORT.export(project, ExportFormat.BRAT, target, false);

    assertThat(target.resolve("old")).doesNotExist();
    assertThat(new BratFormat().read(target).documents()).hasSize(6);
  }

  @Test
  void aBratExportRefusesAFolderOfOtherFilesAndLeavesItAlone() throws Exception {
    Path target = folder.resolve("documents");
    Files.createDirectories(target);
    Files.writeString(target.resolve("thesis.docx"), "mine");

    assertThatThrownBy(() -> EXPORT.export(project, ExportFormat.BRAT, target, false))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("holds other files than a brat export's")
        .hasMessageContaining("thesis.docx");
    assertThat(Files.readString(target.resolve("thesis.docx"))).isEqualTo("mine");
  }

  @Test
  void aChangedSourceFileStopsTheExportNamingTheFileAndTheOldExportStays() throws Exception {
    Path changed = folder.resolve("changed");
    Files.createDirectories(changed);
    Path projectFile = SampleProject.create(changed);
    Path source = changed.resolve("biored-sample.pubtator");
    Files.writeString(source, "\n", StandardOpenOption.APPEND);
    Path target = folder.resolve("curated.xml");
    Files.writeString(target, "the earlier export");

    try (ProjectDatabase database = ProjectDatabase.open(projectFile)) {
      CuratedProject curated = CuratedProject.read(database);
      assertThatThrownBy(() -> EXPORT.export(curated, ExportFormat.BIOC_XML, target, false))
          .isInstanceOf(ExportException.class)
          .hasMessageStartingWith(
              source.toAbsolutePath() + " has changed since the project read" + " document");
    }
    assertThat(Files.readString(target)).isEqualTo("the earlier export");
  }

  @Test
  void aMissingSourceFileStopsTheExportNamingTheFile() throws Exception {
    Path gone = folder.resolve("gone");
    Files.createDirectories(gone);
    Path projectFile = SampleProject.create(gone);
    Path source = gone.resolve("biored-sample.pubtator");
    Files.delete(source);

    try (ProjectDatabase database = ProjectDatabase.open(projectFile)) {
      CuratedProject curated = CuratedProject.read(database);
      assertThatThrownBy(
              () -> EXPORT.export(curated, ExportFormat.BRAT, folder.resolve("b"), false))
          .isInstanceOf(ExportException.class)
          .hasMessageStartingWith(source.toAbsolutePath() + " is gone: document");
    }
    assertThat(folder.resolve("b")).doesNotExist();
  }

  @Test
  void aProjectImportedFromJsonlHasNoTextForBiocAndSaysSo() throws Exception {
    Path jsonl = folder.resolve("curated.jsonl");
    EXPORT.export(project, ExportFormat.JSONL, jsonl, false);
    Path imported =
        new ProjectImport(CLOCK).importJsonl(jsonl, folder.resolve("i.relex")).project();

    try (ProjectDatabase database = ProjectDatabase.open(imported)) {
      CuratedProject curated = CuratedProject.read(database);
      assertThatThrownBy(
              () -> EXPORT.export(curated, ExportFormat.BIOC_JSON, folder.resolve("x.json"), false))
          .isInstanceOf(ExportException.class)
          .hasMessageEndingWith(
              "has no source file in this project (it was typed in, or"
                  + " imported from JSONL), and BioC and brat exports carry the whole text; export"
                  + " JSONL or CSV instead");
    }
  }

  @Test
  void everyPairIsForJsonlAndCsvOnly() {
    assertThatThrownBy(
            () -> EXPORT.export(project, ExportFormat.BIOC_XML, folder.resolve("x.xml"), true))
        .isInstanceOf(ExportException.class)
        .hasMessage(
            "Only the jsonl and csv exports hold pairs without a gold label; a bioc-xml"
                + " export holds the gold relations, so leave out --all");
  }
}
