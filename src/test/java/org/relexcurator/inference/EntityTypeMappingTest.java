package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Span;

class EntityTypeMappingTest {

  private final EntityTypeMapping bundled = EntityTypeMapping.bundled();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // BioRED
    "ChemicalEntity, Chemical",
    "GeneOrGeneProduct, Gene",
    "DiseaseOrPhenotypicFeature, Disease",
    "OrganismTaxon, Species",
    "CellLine, CellLine",
    // CDR and PubTator3 exports
    "Chemical, Chemical",
    "Disease, Disease",
    "Gene, Gene",
    "Species, Species",
    "DNAMutation, DNAMutation",
    "ProteinMutation, ProteinMutation",
    "SNP, SNP",
    // NCBI-disease and BioNLP shared tasks
    "SpecificDisease, Disease",
    "DiseaseClass, Disease",
    "CompositeMention, Disease",
    "Modifier, Disease",
    "Protein, Gene",
    "Gene_or_gene_product, Gene",
    "Simple_chemical, Chemical",
    // TeamTat writes GENE; names match whatever their case
    "GENE, Gene",
    "chemicalentity, Chemical"
  })
  void mapsTheTypesOfTheShippedCorporaToPubTator3Types(String corpusType, String expected) {
    assertThat(bundled.map(entity(corpusType, "x"))).contains(expected);
  }

  @Test
  void unknownTypesMapToNothing() {
    assertThat(bundled.map(entity("Entity", "x"))).isEmpty();
    assertThat(bundled.map(entity("Positive_regulation", "x"))).isEmpty();
    assertThat(bundled.knows("Entity")).isFalse();
    assertThat(bundled.knows("sequencevariant")).isTrue();
  }

  @ParameterizedTest(name = "{1} ({2}) -> {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // tmVar and HGVS ids decide whatever the text says
        "SequenceVariant; Y67X; p|SUB|Y|67|X; ProteinMutation",
        "SequenceVariant; arginine 150 proline; p|SUB|R|150|P; ProteinMutation",
        "SequenceVariant; 657del5; c|DEL|657|5; DNAMutation",
        "SequenceVariant; DD32 deletion; c|DEL||32; DNAMutation",
        "SequenceVariant; G-->A; g|SUB|G|1691|A; DNAMutation",
        "Mutation; R72C; p.R72C; ProteinMutation",
        // rs ids: the text says what PubTator3 would have typed (all from BioRED)
        "SequenceVariant; rs1801133; rs1801133; SNP",
        "SequenceVariant; M404V; rs771966860; ProteinMutation",
        "SequenceVariant; p.R229G; rs137852212; ProteinMutation",
        "SequenceVariant; Met326Ile; rs1801282; ProteinMutation",
        "SequenceVariant; Cys 23 Ser; rs6318; ProteinMutation",
        "SequenceVariant; E873stop; rs1; ProteinMutation",
        "SequenceVariant; methionine-->valine substitution at codon 404; rs771966860;"
            + " ProteinMutation",
        "SequenceVariant; 677 C>T; rs1801133; DNAMutation",
        "SequenceVariant; -930G; rs9282861; DNAMutation",
        "SequenceVariant; G1359A; rs1049353; DNAMutation",
        "SequenceVariant; c.474delA; rs1; DNAMutation",
        "SequenceVariant; SNP 10510452_139; 10510452_139; SNP",
        "SequenceVariant; 302H; rs1; SNP"
      })
  void variantsAreTypedByIdShapeThenByText(String type, String text, String id, String expected) {
    assertThat(bundled.map(entity(type, text, id))).contains(expected);
  }

  @Test
  void aPubTator3SubtypeInfonDecidesAVariant() {
    Entity variant =
        new Entity(
            "T1",
            "Variant",
            List.of(new Span(0, 4)),
            "R72C",
            List.of("rs1042522"),
            Infons.of("subtype", "DNAMutation"));

    assertThat(bundled.map(variant)).contains("DNAMutation");
  }

  @Test
  void aVariantOfUnreadableShapeMapsToNothing() {
    assertThat(bundled.map(entity("SequenceVariant", "X1", "10510452_139"))).isEmpty();
  }

  @Test
  void aUserFileIsMergedOverTheDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("types.properties");
    Files.writeString(
        file, "# curators' own names\nEntity = gene\nProtein: Chemical\n" + "Mutant = variant\n");

    EntityTypeMapping mapping = bundled.overriddenBy(file);

    assertThat(mapping.map(entity("entity", "x"))).contains("Gene");
    assertThat(mapping.map(entity("Protein", "x"))).contains("Chemical");
    assertThat(mapping.map(entity("Mutant", "V600E", "rs113488022"))).contains("ProteinMutation");
    assertThat(mapping.map(entity("ChemicalEntity", "x"))).contains("Chemical");
    assertThat(bundled.map(entity("Protein", "x"))).contains("Gene");
  }

  @Test
  void aUserFileNamingNoPubTator3TypeIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("types.properties");
    Files.writeString(file, "Entity = Protein\n");

    assertThatThrownBy(() -> bundled.overriddenBy(file))
        .isInstanceOf(SettingsFileException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("\"Entity = Protein\" names no PubTator3 type")
        .hasMessageContaining("Gene, Chemical, Disease");
  }

  @Test
  void knownTypesAreListedForProblemReports() {
    assertThat(bundled.corpusTypes())
        .contains("ChemicalEntity", "SequenceVariant", "Simple_chemical", "SNP")
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  private static Entity entity(String type, String text, String... ids) {
    return new Entity(
        "T1", type, List.of(new Span(0, Math.max(1, text.length()))), text, List.of(ids), null);
  }
}
