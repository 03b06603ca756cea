package org.relexcurator.io.dataset;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.model.Span;

/**
 * Writes candidate pairs as JSON Lines: the dataset's columns first ({@code doc_id, text, label,
 * entity1, type1, entity2, type2}), so that the file reads like the synthetic_relex dataset, then
 * {@code sentence_start, sentence_end, e1_id, e1_spans, e1_ids, e2_id, e2_spans, e2_ids,
 * type1_source, type2_source, markers}. Spans are {@code [start, end]} pairs of code points.
 */
public final class PairJsonlWriter {

  /** Writes characters outside the BMP as UTF-8, not as escaped surrogate pairs. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private PairJsonlWriter() {}

  /** Writes the rows to a file atomically. */
  public static void write(List<PairRow> rows, Path target) throws IOException {
    AtomicFiles.write(target, out -> write(rows, out));
  }

  /** Writes the rows to a stream, one line each; the stream is left open. */
  public static void write(List<PairRow> rows, OutputStream out) throws IOException {
    for (PairRow row : rows) {
      out.write(JSON.writeValueAsBytes(toJson(row)));
      out.write('\n');
    }
    out.flush();
  }

  /** The row as a JSON object, for writers that add fields of their own. */
  public static ObjectNode toJson(PairRow row) {
    ObjectNode object = JSON.createObjectNode();
    object.put("doc_id", row.docId());
    object.put("text", row.text());
    object.put("label", row.label());
    object.put("entity1", row.entity1());
    object.put("type1", row.type1());
    object.put("entity2", row.entity2());
    object.put("type2", row.type2());
    object.put("sentence_start", row.sentenceStart());
    object.put("sentence_end", row.sentenceEnd());
    object.put("e1_id", row.e1Id());
    object.set("e1_spans", spans(row.e1Spans()));
    object.set("e1_ids", strings(row.e1Ids()));
    object.put("e2_id", row.e2Id());
    object.set("e2_spans", spans(row.e2Spans()));
    object.set("e2_ids", strings(row.e2Ids()));
    object.put("type1_source", row.type1Source());
    object.put("type2_source", row.type2Source());
    object.put("markers", row.markers());
    return object;
  }

  private static ArrayNode spans(List<Span> spans) {
    ArrayNode array = JSON.createArrayNode();
    spans.forEach(span -> array.addArray().add(span.start()).add(span.end()));
    return array;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return array;
  }
}
