package org.relexcurator.spark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifiedSentence;
import org.relexcurator.model.Prediction;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows {@code relex spark-predict} writes: the columns of {@code relex predict}'s JSON lines
 * under the same names (the pair's dataset columns, {@code pair}, {@code prediction} with label,
 * score, the map of all label scores, logits and whether the sentence was windowed, {@code model})
 * and two of its own, {@code input_file} and {@code model_fingerprint}, the keys of the commit log.
 */
final class PredictionRows {

  private static final DataType SPANS =
      DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.IntegerType, false), false);
  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            text("doc_id"),
            text("text"),
            nullable("label", DataTypes.StringType),
            text("entity1"),
            text("type1"),
            text("entity2"),
            text("type2"),
            field("sentence_start", DataTypes.IntegerType),
            field("sentence_end", DataTypes.IntegerType),
            text("e1_id"),
            field("e1_spans", SPANS),
            field("e1_ids", STRINGS),
            text("e2_id"),
            field("e2_spans", SPANS),
            field("e2_ids", STRINGS),
            text("type1_source"),
            text("type2_source"),
            text("pair"),
            field(
                "prediction",
                new StructType(
                    new StructField[] {
                      text("label"),
                      field("score", DataTypes.DoubleType),
                      field(
                          "scores",
                          DataTypes.createMapType(
                              DataTypes.StringType, DataTypes.DoubleType, false)),
                      field("logits", DataTypes.createArrayType(DataTypes.DoubleType, false)),
                      field("windowed", DataTypes.BooleanType)
                    })),
            field(
                "model",
                new StructType(
                    new StructField[] {
                      text("name"),
                      text("fingerprint"),
                      text("device"),
                      field("test_model", DataTypes.BooleanType)
                    })),
            text("markers"),
            text("input_file"),
            text("model_fingerprint")
          });

  private PredictionRows() {}

  static Row of(PendingPair pending, ClassifiedSentence result, ModelDescription model) {
    PendingPair.Columns row = pending.row();
    Prediction prediction = result.prediction();
    Map<String, Double> scores = new LinkedHashMap<>();
    double[] probabilities = prediction.probabilities();
    for (int i = 0; i < probabilities.length; i++) {
      scores.put(prediction.labels().get(i), probabilities[i]);
    }
    return RowFactory.create(
        row.docId(),
        row.text(),
        row.label(),
        row.entity1(),
        row.type1(),
        row.entity2(),
        row.type2(),
        row.sentenceStart(),
        row.sentenceEnd(),
        row.e1Id(),
        spans(row.e1Spans()),
        seq(row.e1Ids()),
        row.e2Id(),
        spans(row.e2Spans()),
        seq(row.e2Ids()),
        row.type1Source(),
        row.type2Source(),
        pending.pair(),
        RowFactory.create(
            prediction.topLabel(),
            prediction.topScore(),
            CollectionConverters.asScala(scores),
            seq(Arrays.stream(prediction.logits()).boxed().toList()),
            result.input().windowed()),
        RowFactory.create(model.name(), model.fingerprint(), model.device(), model.testModel()),
        row.markers(),
        pending.inputFile(),
        model.fingerprint());
  }

  private static Seq<Seq<Integer>> spans(List<int[]> spans) {
    return seq(spans.stream().map(span -> seq(List.of(span[0], span[1]))).toList());
  }

  /** Spark's row encoder takes Scala's collections only. */
  private static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  private static StructField text(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, false, Metadata.empty());
  }

  private static StructField nullable(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
