package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/** Documents built by hand, so that these tests depend on no reader. */
final class TestDocuments {

  private TestDocuments() {}

  /** One passage holding one sentence: the whole text. */
  static Document sentence(String text, Entity... entities) {
    DocumentText documentText = new DocumentText(text);
    Span all = new Span(0, documentText.length());
    Passage passage = new Passage("sentence", all, List.of(new Sentence(all)), Infons.empty());
    return new Document(
        "doc", documentText, List.of(passage), List.of(entities), List.of(), Infons.empty());
  }

  /** A mention of a continuous span, checked against the text it claims. */
  static Entity mention(String id, String type, int start, int end, String text, String... ids) {
    return new Entity(id, type, List.of(new Span(start, end)), text, List.of(ids), Infons.empty());
  }

  static void assertMentionsMatchText(Document document) {
    for (Entity entity : document.entities()) {
      assertThat(document.text().slice(entity.extent())).as(entity.id()).isEqualTo(entity.text());
    }
  }

  /**
   * BioRED dev document PMID 16277682 (ndlongvn/BioRED-NER-RE @637e02c, {@code Dev.PubTator}, NCBI
   * public release): the title and the first two sentences of the abstract, with their mentions and
   * the document's four concept-level relations, as a PubTator reader would give them and split
   * into the sentences a splitter would find.
   */
  static Document biored16277682() {
    String text =
        "Segregation of a M404V mutation of the p62/sequestosome 1 (p62/SQSTM1) gene with"
            + " polyostotic Paget's disease of bone in an Italian family. Mutations of the"
            + " p62/Sequestosome 1 gene (p62/SQSTM1) account for both sporadic and familial forms of"
            + " Paget's disease of bone (PDB). We originally described a methionine-->valine"
            + " substitution at codon 404 (M404V) of exon 8, in the ubiquitin protein-binding domain of"
            + " p62/SQSTM1 gene in an Italian PDB patient.";
    String[] lines = {
      "17\t22\tM404V\tSequenceVariant\trs771966860",
      "39\t42\tp62\tGeneOrGeneProduct\t8878",
      "43\t57\tsequestosome 1\tGeneOrGeneProduct\t8878",
      "59\t62\tp62\tGeneOrGeneProduct\t8878",
      "63\t69\tSQSTM1\tGeneOrGeneProduct\t8878",
      "93\t116\tPaget's disease of bone\tDiseaseOrPhenotypicFeature\tC538098",
      "156\t159\tp62\tGeneOrGeneProduct\t8878",
      "160\t174\tSequestosome 1\tGeneOrGeneProduct\t8878",
      "181\t184\tp62\tGeneOrGeneProduct\t8878",
      "185\t191\tSQSTM1\tGeneOrGeneProduct\t8878",
      "241\t264\tPaget's disease of bone\tDiseaseOrPhenotypicFeature\tC538098",
      "266\t269\tPDB\tDiseaseOrPhenotypicFeature\tC538098",
      "298\t343\tmethionine-->valine substitution at codon 404\tSequenceVariant\trs771966860",
      "345\t350\tM404V\tSequenceVariant\trs771966860",
      "406\t409\tp62\tGeneOrGeneProduct\t8878",
      "410\t416\tSQSTM1\tGeneOrGeneProduct\t8878",
      "436\t439\tPDB\tDiseaseOrPhenotypicFeature\tC538098",
      "440\t447\tpatient\tOrganismTaxon\t9606",
    };
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String[] f = lines[i].split("\t");
      entities.add(
          mention("T" + (i + 1), f[3], Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[4]));
    }
    List<Relation> relations =
        List.of(
            relation("R1", "Association", "8878", "D005357"),
            relation("R2", "Association", "8878", "C538098"),
            relation("R3", "Association", "rs771966860", "D005357"),
            relation("R4", "Positive_Correlation", "C538098", "rs771966860"));
    Passage title = new Passage("title", new Span(0, 138), List.of(Sentence.of(0, 138)), null);
    Passage abstractPassage =
        new Passage(
            "abstract",
            new Span(139, 448),
            List.of(Sentence.of(139, 271), Sentence.of(272, 448)),
            null);
    return new Document(
        "16277682",
        new DocumentText(text),
        List.of(title, abstractPassage),
        entities,
        relations,
        Infons.empty());
  }

  private static Relation relation(String id, String type, String first, String second) {
    return new Relation(
        id, type, List.of(Argument.concept("Arg1", first), Argument.concept("Arg2", second)), null);
  }
}
