package org.relexcurator.io.bioc;

import java.util.List;
import org.relexcurator.model.Infons;

/**
 * The BioC data model as the files have it, before any checking: what the XML and JSON readers
 * parse into and the writers serialise from, so that both formats share one mapping to and from the
 * domain model ({@link BiocDocumentDecoder}, {@link BiocDocumentEncoder}).
 *
 * <p>Offsets and lengths stay the strings the file holds ({@code null} when absent) so that the
 * decoder, not each parser, reports missing and non-numeric values. {@code line} is where the
 * element starts in the file (1-based), 0 when unknown.
 */
final class Bioc {

  private Bioc() {}

  /** The collection header a writer puts before the documents. */
  record Collection(String source, String date, String key, List<Document> documents) {
    Collection {
      documents = List.copyOf(documents);
    }
  }

  /** A document; its own annotations (BioC allows them after the passages) are rare. */
  record Document(
      String id,
      Infons infons,
      List<Passage> passages,
      List<Annotation> annotations,
      List<Relation> relations,
      int line) {
    Document {
      passages = List.copyOf(passages);
      annotations = List.copyOf(annotations);
      relations = List.copyOf(relations);
    }
  }

  /** A passage: either its own text with annotations, or sentences (BioC allows both in JSON). */
  record Passage(
      Infons infons,
      String offset,
      String text,
      List<Sentence> sentences,
      List<Annotation> annotations,
      List<Relation> relations,
      int line) {
    Passage {
      sentences = List.copyOf(sentences);
      annotations = List.copyOf(annotations);
      relations = List.copyOf(relations);
    }
  }

  record Sentence(
      Infons infons,
      String offset,
      String text,
      List<Annotation> annotations,
      List<Relation> relations,
      int line) {
    Sentence {
      annotations = List.copyOf(annotations);
      relations = List.copyOf(relations);
    }
  }

  record Annotation(String id, Infons infons, List<Location> locations, String text, int line) {
    Annotation {
      locations = List.copyOf(locations);
    }
  }

  record Location(String offset, String length) {}

  record Relation(String id, Infons infons, List<Node> nodes, int line) {
    Relation {
      nodes = List.copyOf(nodes);
    }
  }

  record Node(String refid, String role) {}
}
