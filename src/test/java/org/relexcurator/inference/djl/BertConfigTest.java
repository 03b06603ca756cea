package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.ClassificationException;

class BertConfigTest {

  private final ObjectMapper json = new ObjectMapper();

  private ObjectNode minimal() {
    ObjectNode root = json.createObjectNode();
    root.putArray("architectures").add("BertForSequenceClassification");
    root.put("model_type", "bert");
    root.putObject("id2label").put("1", "treats").put("0", "none");
    return root;
  }

  @Test
  void missingSizesTakeTransformersDefaultsAndLabelsFollowIds() throws Exception {
    BertConfig config = BertConfig.parse(minimal(), "config.json");

    assertThat(config.hiddenSize()).isEqualTo(768);
    assertThat(config.layers()).isEqualTo(12);
    assertThat(config.heads()).isEqualTo(12);
    assertThat(config.intermediateSize()).isEqualTo(3072);
    assertThat(config.maxPositions()).isEqualTo(512);
    assertThat(config.vocabSize()).isEqualTo(30522);
    assertThat(config.layerNormEps()).isEqualTo(1e-12);
    assertThat(config.activation()).isEqualTo(HiddenActivation.GELU);
    assertThat(config.labels()).containsExactly("none", "treats");
    assertThat(config.testModel()).isFalse();
  }

  @Test
  void readsEveryActivationTransformersNamesForBert() throws Exception {
    for (String name : new String[] {"gelu", "gelu_new", "gelu_pytorch_tanh", "relu"}) {
      ObjectNode root = minimal().put("hidden_act", name);
      assertThat(BertConfig.parse(root, "config.json").activation().configName()).isEqualTo(name);
    }
  }

  @Test
  void rejectsOtherArchitecturesInOneLine() {
    ObjectNode root = minimal().put("model_type", "roberta");
    root.putArray("architectures").add("RobertaForSequenceClassification");

    assertThatThrownBy(() -> BertConfig.parse(root, "config.json"))
        .isInstanceOf(ClassificationException.class)
        .hasMessage(
            "config.json: unknown architecture (model_type roberta, architectures"
                + " [RobertaForSequenceClassification]); expected BertForSequenceClassification with"
                + " model_type bert");
  }

  @Test
  void rejectsConfigWithoutLabels() {
    ObjectNode root = minimal();
    root.remove("id2label");

    assertThatThrownBy(() -> BertConfig.parse(root, "config.json"))
        .hasMessageStartingWith("config.json: no id2label; expected the model's labels");
  }

  @Test
  void rejectsLabelIdsWithGaps() {
    ObjectNode root = minimal();
    root.putObject("id2label").put("0", "none").put("2", "treats");

    assertThatThrownBy(() -> BertConfig.parse(root, "config.json"))
        .hasMessage("config.json: id2label has ids [0, 2]; expected 0..1 without gaps");
  }

  @Test
  void rejectsUnknownActivationAndOddSizes() {
    assertThatThrownBy(() -> BertConfig.parse(minimal().put("hidden_act", "swish"), "c.json"))
        .hasMessage(
            "c.json: hidden_act swish is not supported; expected one of gelu, gelu_new,"
                + " gelu_pytorch_tanh, relu");
    assertThatThrownBy(
            () ->
                BertConfig.parse(
                    minimal().put("hidden_size", 100).put("num_attention_heads", 12), "c.json"))
        .hasMessage("c.json: hidden_size 100 is not a multiple of num_attention_heads 12");
    assertThatThrownBy(() -> BertConfig.parse(minimal().put("num_hidden_layers", -1), "c.json"))
        .hasMessage("c.json: num_hidden_layers is -1; expected a positive integer");
    assertThatThrownBy(
            () ->
                BertConfig.parse(
                    minimal().put("position_embedding_type", "relative_key"), "c.json"))
        .hasMessage(
            "c.json: position_embedding_type relative_key is not supported;"
                + " expected absolute");
  }

  @Test
  void marksFoldersMadeByMakeTestModel() throws Exception {
    assertThat(BertConfig.parse(minimal().put("relex_test_model", true), "c").testModel()).isTrue();
  }
}
