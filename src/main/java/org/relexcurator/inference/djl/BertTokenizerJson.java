package org.relexcurator.inference.djl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The {@code tokenizer.json} that transformers' converter writes for a {@code BertTokenizer}: BERT
 * normalizer and pre-tokenizer, WordPiece over the vocabulary, {@code [CLS] $A [SEP]}, and the
 * added tokens. Used to write test models and to read folders that only have {@code vocab.txt}.
 *
 * @param vocabulary tokens in id order, as in {@code vocab.txt}
 * @param lowercase {@code do_lower_case}
 * @param addedTokens tokens beyond the vocabulary, by id (the relation markers)
 * @param specialTokens tokens that are never split or normalized: the BERT specials found in the
 *     vocabulary and every added token marked special
 */
record BertTokenizerJson(
    List<String> vocabulary,
    boolean lowercase,
    Map<String, Integer> addedTokens,
    List<String> specialTokens) {

  static final String UNKNOWN = "[UNK]";
  static final String CLS = "[CLS]";
  static final String SEP = "[SEP]";
  static final List<String> BERT_SPECIALS = List.of("[PAD]", UNKNOWN, CLS, SEP, "[MASK]");

  BertTokenizerJson {
    vocabulary = List.copyOf(vocabulary);
    addedTokens = Map.copyOf(addedTokens);
    specialTokens = List.copyOf(specialTokens);
  }

  /** The JSON tree, field for field as the tokenizers library serializes a BERT tokenizer. */
  ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode vocab = f.objectNode();
    for (int id = 0; id < vocabulary.size(); id++) {
      vocab.put(vocabulary.get(id), id);
    }
    ObjectNode root = f.objectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    for (String special : specialTokens) {
      if (vocab.has(special)) {
        added.add(addedToken(special, vocab.get(special).asInt(), true));
      }
    }
    addedTokens.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            token ->
                added.add(
                    addedToken(
                        token.getKey(), token.getValue(), specialTokens.contains(token.getKey()))));
    ObjectNode normalizer = root.putObject("normalizer");
    normalizer.put("type", "BertNormalizer");
    normalizer.put("clean_text", true);
    normalizer.put("handle_chinese_chars", true);
    normalizer.putNull("strip_accents");
    normalizer.put("lowercase", lowercase);
    root.putObject("pre_tokenizer").put("type", "BertPreTokenizer");
    root.set("post_processor", template(vocab));
    ObjectNode decoder = root.putObject("decoder");
    decoder.put("type", "WordPiece");
    decoder.put("prefix", "##");
    decoder.put("cleanup", true);
    ObjectNode model = root.putObject("model");
    model.put("type", "WordPiece");
    model.put("unk_token", UNKNOWN);
    model.put("continuing_subword_prefix", "##");
    model.put("max_input_chars_per_word", 100);
    model.set("vocab", vocab);
    return root;
  }

  private static ObjectNode addedToken(String content, int id, boolean special) {
    ObjectNode token = JsonNodeFactory.instance.objectNode();
    token.put("id", id);
    token.put("content", content);
    token.put("single_word", false);
    token.put("lstrip", false);
    token.put("rstrip", false);
    token.put("normalized", !special);
    token.put("special", special);
    return token;
  }

  private static JsonNode template(ObjectNode vocab) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode processor = f.objectNode();
    processor.put("type", "TemplateProcessing");
    ArrayNode single = processor.putArray("single");
    single.add(piece("SpecialToken", CLS, 0));
    single.add(piece("Sequence", "A", 0));
    single.add(piece("SpecialToken", SEP, 0));
    ArrayNode pair = processor.putArray("pair");
    pair.add(piece("SpecialToken", CLS, 0));
    pair.add(piece("Sequence", "A", 0));
    pair.add(piece("SpecialToken", SEP, 0));
    pair.add(piece("Sequence", "B", 1));
    pair.add(piece("SpecialToken", SEP, 1));
    ObjectNode specials = processor.putObject("special_tokens");
    for (String token : List.of(CLS, SEP)) {
      ObjectNode entry = specials.putObject(token);
      entry.put("id", token);
      entry.putArray("ids").add(vocab.path(token).asInt(-1));
      entry.putArray("tokens").add(token);
    }
    return processor;
  }

  private static ObjectNode piece(String kind, String id, int typeId) {
    ObjectNode inner = JsonNodeFactory.instance.objectNode();
    inner.put("id", id);
    inner.put("type_id", typeId);
    ObjectNode outer = JsonNodeFactory.instance.objectNode();
    outer.set(kind, inner);
    return outer;
  }
}
