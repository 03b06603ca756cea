package org.relexcurator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.MentionEditing;
import org.relexcurator.curation.export.CuratedProject;
import org.relexcurator.curation.export.ExportFormat;
import org.relexcurator.curation.export.ExportSummary;
import org.relexcurator.curation.export.ProjectExport;
import org.relexcurator.curation.export.ProjectImport;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.io.bioc.BiocXmlFormat;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Span;

/**
 * A project whose curator added a mention the file lacked and resized another, then decided pairs
 * of both: every export carries the corrected mentions, the pair of the old mention is obsolete,
 * and the exports survive being read back.
 */
class MentionEditExportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC);
  private static final Duration SPENT = Duration.ofSeconds(4);

  @TempDir Path folder;

  private Path projectFile;
  private String oldPair;
  private String newPair;
  private String resizedPair;

  @BeforeEach
  void curateWithEdits() throws Exception {
    Path corpus = folder.resolve("edits.pubtator");
    Files.copy(Path.of("src/test/resources/mention-edits/edits.pubtator"), corpus);
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    PreparedCorpus prepared = preparation.prepare(corpus);
    Document file = prepared.documents().get(0);
    projectFile = folder.resolve("edits.relex");
    try (ProjectDatabase project = ProjectDatabase.create(projectFile)) {
      new ProjectCorpus(preparation).save(prepared, project.contents());
      CurationStore store = project.decisions();
      MentionEditing editing = new MentionEditing(store, CLOCK);
      EditedPairs pairs = new EditedPairs(preparation);
      String tamoxifen = id(file, "Tamoxifen");
      oldPair = "1|" + tamoxifen + "|" + id(file, "breast cancer");
      label(store, oldPair, "treats");

      Document before = editing.edited(file).document();
      editing.add(file, "alice", List.of(new Span(98, 107)), "Chemical", List.of(), SPENT);
      editing.resize(file, "alice", id(file, "breast cancer"), List.of(new Span(28, 34)), SPENT);
      Document after = editing.edited(file).document();
      PairChanges changes = pairs.changes(corpus.toString(), before, after);
      assertThat(pairs.save(after, changes.added(), project.contents())).isZero();

      newPair = "1|+98-107:Chemical|" + id(file, "asthma");
      resizedPair = "1|" + tamoxifen + "|+28-34:Disease";
      assertThat(changes.added()).extracting(p -> p.key()).contains(newPair, resizedPair);
      assertThat(changes.obsolete()).contains(oldPair);
      label(store, newPair, "causes");
      label(store, resizedPair, "treats");
    }
  }

  private static String id(Document document, String text) {
    return document.entities().stream()
        .filter(e -> e.text().equals(text))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static void label(CurationStore store, String pair, String label) throws Exception {
    store.record(
        DecisionDraft.labelled(pair, "alice", label, null, null, null, "", CLOCK.instant(), SPENT));
  }

  private ExportSummary export(Path project, ExportFormat format, Path target) throws Exception {
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      return new ProjectExport(FormatRegistry.standard(), CLOCK)
          .export(CuratedProject.read(opened), format, target, false);
    }
  }

  @Test
  void bioCCarriesTheCorrectedMentionsWithTheirProvenanceAndLeavesTheObsoletePairOut()
      throws Exception {
    Path xml = folder.resolve("edits.xml");
    ExportSummary summary = export(projectFile, ExportFormat.BIOC_XML, xml);

    assertThat(summary.goldPairs()).isEqualTo(2);
    assertThat(summary.obsoletePairs()).containsExactly(oldPair);
    assertThat(summary.editedMentions()).isEqualTo(2);
    Document read = new BiocXmlFormat(CLOCK).read(xml).documents().get(0);
    Map<String, Entity> byId =
        read.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
    Entity added = byId.get("+98-107:Chemical");
    assertThat(added.text()).isEqualTo("cisplatin").isEqualTo(read.text().slice(added.extent()));
    assertThat(added.infons().values())
        .containsEntry("mention_curation", "added")
        .containsEntry("mention_curator", "alice")
        .containsEntry("mention_edited_at", "2026-12-08T01:00:00Z");
    Entity resized = byId.get("+28-34:Disease");
    assertThat(resized.text()).isEqualTo("cancer").isEqualTo(read.text().slice(resized.extent()));
    assertThat(resized.infons().values()).containsEntry("mention_curation", "changed");
    assertThat(resized.conceptIds()).containsExactly("D001943");
    assertThat(byId).doesNotContainKey(oldPair.split("\\|")[2]);
    assertThat(read.relations()).hasSize(2);

    Path again = folder.resolve("again.xml");
    new BiocXmlFormat(CLOCK).write(List.of(read), again);
    assertThat(Files.readString(again)).isEqualTo(Files.readString(xml));
  }

  @Test
  void bratNotesSayWhoAddedAMentionAndPubTatorWritesItWithoutProvenance() throws Exception {
    Path brat = folder.resolve("brat");
    export(projectFile, ExportFormat.BRAT, brat);
    String ann;
    try (Stream<Path> files = Files.list(brat)) {
      Path annFile = files.filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow();
      ann = Files.readString(annFile);
    }
    assertThat(ann)
        .contains("\tChemical 98 107\tcisplatin\n")
        .contains("\tDisease 28 34\tcancer\n")
        .containsPattern(
            "#\\d+\tAnnotatorNotes T\\d+\tmention added by alice at 2026-12-08T01:00:00Z")
        .doesNotContain("breast cancer");

    Path pubtator = folder.resolve("edits-out.pubtator");
    ExportSummary summary = export(projectFile, ExportFormat.PUBTATOR, pubtator);
    String written = Files.readString(pubtator);
    assertThat(written)
        .contains("1\t98\t107\tcisplatin\tChemical")
        .contains("1\t28\t34\tcancer\tDisease\tD001943")
        .doesNotContain("mention_curation");
    assertThat(summary.warnings())
        .as("the new mention has no concept id for a PubTator relation line")
        .isNotEmpty();
  }

  @Test
  void jsonlUsesTheCorrectedSpansAndSurvivesImportAndExportByteForByte() throws Exception {
    Path first = folder.resolve("first.jsonl");
    export(projectFile, ExportFormat.JSONL, first);
    String jsonl = Files.readString(first);
    assertThat(jsonl.lines())
        .as("the two gold pairs, without the obsolete one")
        .hasSize(2)
        .noneMatch(line -> line.contains("\"entity2\":\"breast cancer\""));
    assertThat(jsonl)
        .contains("\"e2_id\":\"+28-34:Disease\",\"e2_spans\":[[28,34]]")
        .contains("\"e1_id\":\"+98-107:Chemical\",\"e1_spans\":[[98,107]]");

    Path imported = folder.resolve("imported.relex");
    new ProjectImport(CLOCK).importJsonl(first, imported);
    Path second = folder.resolve("second.jsonl");
    export(imported, ExportFormat.JSONL, second);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }
}
