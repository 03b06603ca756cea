package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.inference.TestDocuments.mention;
import static org.relexcurator.inference.TestDocuments.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

class CandidateGeneratorTest {

  private final CandidateGenerator generator =
      new CandidateGenerator(RelationSpecs.bundled(), EntityTypeMapping.bundled());

  @Test
  void nestedEntitiesArePairedWithWellFormedMarkersInBothModes() {
    Document document =
        sentence(
            "Olaparib treats BRCA1-mutated breast cancer.",
            mention("T1", "ChemicalEntity", 0, 8, "Olaparib", "D000077628"),
            mention(
                "T2",
                "DiseaseOrPhenotypicFeature",
                16,
                43,
                "BRCA1-mutated breast cancer",
                "D001943"),
            mention("T3", "GeneOrGeneProduct", 16, 21, "BRCA1", "672"));
    List<String> expected =
        List.of(
            "[E1]Olaparib[/E1] treats [E2]BRCA1-mutated breast cancer[/E2].",
            "[E1]Olaparib[/E1] treats [E2]BRCA1[/E2]-mutated breast cancer.",
            "Olaparib treats [E2][E1]BRCA1[/E1]-mutated breast cancer[/E2].");

    assertThat(marked(document, MarkerMode.EXACT)).containsExactlyElementsOf(expected);
    assertThat(marked(document, MarkerMode.ALL_OCCURRENCES)).containsExactlyElementsOf(expected);
  }

  @Test
  void repeatedEntityStringsAreMarkedOnceInExactModeAndEverywhereInAllOccurrencesMode() {
    Document document =
        sentence(
            "Aspirin lowers fever; aspirin also lowers fever in children.",
            mention("T1", "Chemical", 0, 7, "Aspirin", "D001241"),
            mention("T2", "Disease", 15, 20, "fever", "D005334"),
            mention("T3", "Chemical", 22, 29, "aspirin", "D001241"),
            mention("T4", "Disease", 42, 47, "fever", "D005334"));

    assertThat(marked(document, MarkerMode.EXACT))
        .containsExactly(
            "[E1]Aspirin[/E1] lowers [E2]fever[/E2]; aspirin also lowers fever in children.",
            "[E1]Aspirin[/E1] lowers fever; aspirin also lowers [E2]fever[/E2] in children.",
            "Aspirin lowers [E2]fever[/E2]; [E1]aspirin[/E1] also lowers fever in children.",
            "Aspirin lowers fever; [E1]aspirin[/E1] also lowers [E2]fever[/E2] in children.");
    // Case-sensitive like str.replace, and one pair per distinct marked sentence.
    assertThat(marked(document, MarkerMode.ALL_OCCURRENCES))
        .containsExactly(
            "[E1]Aspirin[/E1] lowers [E2]fever[/E2]; aspirin also lowers [E2]fever[/E2] in children.",
            "Aspirin lowers [E2]fever[/E2]; [E1]aspirin[/E1] also lowers [E2]fever[/E2] in children.");
    assertThat(generator.generate("test", document, MarkerMode.ALL_OCCURRENCES).pairs())
        .extracting(p -> p.first().id() + ">" + p.second().id())
        .containsExactly("T1>T2", "T3>T2");
  }

  @Test
  void aRepeatedStringInsideALongerEntityNestsInAllOccurrencesMode() {
    Document document =
        sentence(
            "Triple-negative breast cancer is a subtype of breast cancer.",
            mention("T1", "Disease", 0, 29, "Triple-negative breast cancer", "D064726"),
            mention("T2", "Disease", 46, 59, "breast cancer", "D001943"));

    assertThat(marked(document, MarkerMode.EXACT))
        .containsExactly(
            "[E1]Triple-negative breast cancer[/E1] is a subtype of [E2]breast cancer[/E2].",
            "[E2]Triple-negative breast cancer[/E2] is a subtype of [E1]breast cancer[/E1].");
    // The second line is where Python's replace chain lost E2: after "breast cancer" became
    // "[E1]breast cancer[/E1]", "Triple-negative breast cancer" no longer occurred.
    assertThat(marked(document, MarkerMode.ALL_OCCURRENCES))
        .containsExactly(
            "[E1]Triple-negative [E2]breast cancer[/E2][/E1] is a subtype of [E2]breast cancer[/E2].",
            "[E2]Triple-negative [E1]breast cancer[/E1][/E2] is a subtype of [E1]breast cancer[/E1].");
  }

  @Test
  void mentionsOfOneEntityAreNotPairedWithEachOther() {
    Document document =
        sentence(
            "IL6 and interleukin 6 and il6 bind IL6R; TNF binds TNFR.",
            mention("T1", "Gene", 0, 3, "IL6", "3569"),
            mention("T2", "Gene", 8, 21, "interleukin 6", "3569"),
            mention("T3", "Gene", 26, 29, "il6"),
            mention("T4", "Gene", 35, 39, "IL6R", "-"),
            mention("T5", "Gene", 41, 44, "TNF", "7124"),
            mention("T6", "Gene", 51, 55, "TNFR", "-1"));

    List<String> pairs =
        generator.generate("test", document, MarkerMode.EXACT).pairs().stream()
            .map(p -> p.first().text() + ">" + p.second().text())
            .toList();

    assertThat(pairs)
        .doesNotContain("IL6>interleukin 6", "interleukin 6>IL6", "IL6>il6", "il6>IL6");
    // Without a concept id on one side, differing text makes different entities.
    assertThat(pairs).contains("interleukin 6>il6", "IL6>IL6R", "IL6R>TNFR", "TNF>TNFR");
    assertThat(pairs).hasSize(6 * 5 - 4);
  }

  @Test
  void crossingMentionsAreNotPairedButNestedAndIdenticalOnesAre() {
    Document document =
        sentence(
            "breast cancer cells",
            mention("T1", "Disease", 0, 13, "breast cancer", "D001943"),
            mention("T2", "Disease", 7, 19, "cancer cells", "D009369"),
            mention("T3", "Gene", 0, 6, "breast", "1"),
            mention("T4", "Chemical", 0, 6, "breast", "C1"));

    assertThat(generator.generate("test", document, MarkerMode.EXACT).pairs())
        .extracting(p -> p.first().id() + ">" + p.second().id())
        .containsExactly("T3>T1", "T3>T2", "T4>T1", "T4>T3", "T4>T2");
  }

  @Test
  void onlyTypePairsTheSpecsListArePairedAndDirectionCounts() {
    Document document =
        sentence(
            "Cisplatin causes nephrotoxicity in mice.",
            mention("T1", "Chemical", 0, 9, "Cisplatin", "D002945"),
            mention("T2", "Disease", 17, 31, "nephrotoxicity", "D007674"),
            mention("T3", "Species", 35, 39, "mice", "10090"));

    assertThat(generator.generate("test", document, MarkerMode.EXACT).pairs())
        .extracting(p -> p.first().id() + ">" + p.second().id())
        .containsExactly("T1>T2");
  }

  @Test
  void mentionsInDifferentSentencesAreNotPaired() {
    DocumentText text = new DocumentText("Aspirin helps. Fever drops.");
    Passage passage =
        new Passage(
            "abstract",
            new Span(0, 27),
            List.of(Sentence.of(0, 14), Sentence.of(15, 27)),
            Infons.empty());
    Document document =
        new Document(
            "d",
            text,
            List.of(passage),
            List.of(
                mention("T1", "Chemical", 0, 7, "Aspirin", "D001241"),
                mention("T2", "Disease", 15, 20, "Fever", "D005334")),
            List.of(),
            null);

    assertThat(generator.generate("test", document, MarkerMode.EXACT).pairs()).isEmpty();
  }

  @Test
  void unknownTypesGiveOneWarningPerDocumentAndTypeAndAreLeftOut() {
    Document document =
        sentence(
            "Aspirin and X and Y and Z lower fever.",
            mention("T1", "Chemical", 0, 7, "Aspirin", "D001241"),
            mention("T2", "Entity", 12, 13, "X"),
            mention("T3", "entity", 18, 19, "Y"),
            mention("T4", "Cell_type", 24, 25, "Z"),
            mention("T5", "Disease", 32, 37, "fever", "D005334"));

    Candidates candidates = generator.generate("in.ann", document, MarkerMode.EXACT);

    assertThat(candidates.pairs())
        .extracting(p -> p.first().id() + ">" + p.second().id())
        .containsExactly("T1>T5");
    assertThat(candidates.problems()).hasSize(2);
    Problem first = candidates.problems().get(0);
    assertThat(first.severity()).isEqualTo(Problem.Severity.WARNING);
    assertThat(first.file()).isEqualTo("in.ann");
    assertThat(first.documentId()).isEqualTo("doc");
    assertThat(first.annotationId()).isEqualTo("T2");
    assertThat(first.message()).startsWith("unknown entity type Entity");
    assertThat(first.found()).isEqualTo("Entity");
    assertThat(first.expected()).contains("ChemicalEntity", "GeneOrGeneProduct", "SequenceVariant");
    assertThat(candidates.problems().get(1).message()).startsWith("unknown entity type Cell_type");
  }

  @Test
  void aVariantOfUnknownKindIsReportedAsSuch() {
    Document document =
        sentence(
            "X1 causes fever.",
            mention("T1", "SequenceVariant", 0, 2, "X1", "10510452_139"),
            mention("T2", "Disease", 10, 15, "fever", "D005334"));

    Candidates candidates = generator.generate("f", document, MarkerMode.EXACT);

    assertThat(candidates.pairs()).isEmpty();
    assertThat(candidates.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("SequenceVariant mention \"X1\"", "DNAMutation");
              assertThat(p.found()).isEqualTo("10510452_139");
            });
  }

  @Test
  void generatesTheExpectedPairsOfARealBioredDocument() {
    Document document = TestDocuments.biored16277682();
    TestDocuments.assertMentionsMatchText(document);

    Candidates exact = generator.generate("Dev.PubTator", document, MarkerMode.EXACT);
    Candidates all = generator.generate("Dev.PubTator", document, MarkerMode.ALL_OCCURRENCES);

    assertThat(exact.problems()).isEmpty();
    assertThat(exact.pairs())
        .extracting(p -> p.first().id() + ">" + p.second().id())
        .containsExactly(
            // title: the variant and every gene mention to the disease; genes share one concept
            "T1>T6",
            "T2>T6",
            "T3>T6",
            "T4>T6",
            "T5>T6",
            // abstract sentence 1: four gene mentions to two disease mentions
            "T7>T11",
            "T7>T12",
            "T8>T11",
            "T8>T12",
            "T9>T11",
            "T9>T12",
            "T10>T11",
            "T10>T12",
            // abstract sentence 2: both variant mentions and both genes to PDB; not the patient
            "T13>T17",
            "T14>T17",
            "T15>T17",
            "T16>T17");
    assertThat(exact.pairs()).noneMatch(CandidatePair::crossesSentences);
    // The repeated "p62" marks the same sentence twice: one pair per sentence and disease.
    assertThat(all.pairs()).hasSize(17 - 1 - 2);
    assertThat(EntityMarker.mark(document, all.pairs().get(1), MarkerMode.ALL_OCCURRENCES).text())
        .isEqualTo(
            "Segregation of a M404V mutation of the [E1]p62[/E1]/sequestosome 1"
                + " ([E1]p62[/E1]/SQSTM1) gene with polyostotic [E2]Paget's disease of bone[/E2] in an"
                + " Italian family.");
    assertThat(EntityMarker.mark(document, exact.pairs().get(0), MarkerMode.EXACT).text())
        .isEqualTo(
            "Segregation of a [E1]M404V[/E1] mutation of the p62/sequestosome 1"
                + " (p62/SQSTM1) gene with polyostotic [E2]Paget's disease of bone[/E2] in an Italian"
                + " family.");
  }

  @Test
  void goldLabelsFollowConceptLevelRelationsInTheirDirection() {
    Document document = TestDocuments.biored16277682();
    List<CandidatePair> pairs =
        generator.generate("Dev.PubTator", document, MarkerMode.EXACT).pairs();

    CandidatePair variantToDisease = pairs.get(0);
    CandidatePair geneToDisease = pairs.get(1);

    assertThat(GoldLabel.of(document, geneToDisease)).contains("Association");
    // BioRED states this one from disease to variant, so only the reversed pair carries it.
    assertThat(GoldLabel.of(document, variantToDisease)).isEmpty();
    assertThat(GoldLabel.of(document, variantToDisease.reversed()))
        .contains("Positive_Correlation");
  }

  @Test
  void aHandPickedPairMayCrossSentencesAndBreakTheSpecs() {
    Document document = TestDocuments.biored16277682();
    Entity patient = document.entity("T18").orElseThrow();
    Entity titleVariant = document.entity("T1").orElseThrow();

    HandPickedPair picked = generator.pick(document, patient, titleVariant);

    assertThat(picked.pair().crossesSentences()).isTrue();
    assertThat(picked.pair().sentence()).isEqualTo(Sentence.of(0, 448));
    assertThat(picked.firstType()).contains("Species");
    assertThat(picked.secondType()).contains("ProteinMutation");
    assertThat(picked.allowedBySpecs()).isFalse();
    assertThat(EntityMarker.mark(document, picked.pair(), MarkerMode.EXACT).text())
        .startsWith("Segregation of a [E2]M404V[/E2] mutation")
        .endsWith("in an Italian PDB [E1]patient[/E1].");
  }

  @Test
  void aHandPickedPairInOneSentenceIsAnOrdinaryPair() {
    Document document = TestDocuments.biored16277682();

    HandPickedPair picked =
        generator.pick(
            document, document.entity("T15").orElseThrow(), document.entity("T17").orElseThrow());

    assertThat(picked.pair().crossesSentences()).isFalse();
    assertThat(picked.pair().sentence()).isEqualTo(Sentence.of(272, 448));
    assertThat(picked.allowedBySpecs()).isTrue();
  }

  private List<String> marked(Document document, MarkerMode mode) {
    Candidates candidates = generator.generate("test", document, mode);
    assertThat(candidates.problems()).isEmpty();
    return candidates.pairs().stream()
        .map(pair -> EntityMarker.mark(document, pair, mode).text())
        .toList();
  }
}
