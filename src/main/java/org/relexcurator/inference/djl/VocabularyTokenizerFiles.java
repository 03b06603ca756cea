package org.relexcurator.inference.djl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relexcurator.inference.ClassificationException;

/**
 * A slow {@code BertTokenizer}'s files, turned into the equivalent {@code tokenizer.json}: {@code
 * vocab.txt}, {@code tokenizer_config.json} ({@code do_lower_case}, {@code added_tokens_decoder}),
 * {@code special_tokens_map.json} and {@code added_tokens.json}. Added tokens keep their ids; a
 * special token that has no id yet is appended after the vocabulary, as transformers does.
 */
final class VocabularyTokenizerFiles {

  static final String VOCAB = "vocab.txt";
  static final String CONFIG = "tokenizer_config.json";
  static final String SPECIAL_TOKENS = "special_tokens_map.json";
  static final String ADDED_TOKENS = "added_tokens.json";

  private VocabularyTokenizerFiles() {}

  static BertTokenizerJson read(Path folder) throws ClassificationException {
    List<String> vocabulary = readVocabulary(folder.resolve(VOCAB));
    JsonNode config = optionalJson(folder.resolve(CONFIG));
    JsonNode specialMap = optionalJson(folder.resolve(SPECIAL_TOKENS));
    JsonNode addedFile = optionalJson(folder.resolve(ADDED_TOKENS));

    Set<String> specials = new LinkedHashSet<>(BertTokenizerJson.BERT_SPECIALS);
    for (JsonNode list :
        List.of(
            specialMap.path("additional_special_tokens"),
            config.path("additional_special_tokens"))) {
      list.forEach(token -> specials.add(content(token)));
    }
    Map<String, Integer> added = new HashMap<>();
    addedFile.properties().forEach(e -> added.put(e.getKey(), e.getValue().asInt()));
    for (Map.Entry<String, JsonNode> entry : config.path("added_tokens_decoder").properties()) {
      String token = content(entry.getValue());
      int id;
      try {
        id = Integer.parseInt(entry.getKey());
      } catch (NumberFormatException e) {
        throw new ClassificationException(
            CONFIG + ": added_tokens_decoder key \"" + entry.getKey() + "\" is not a token id");
      }
      if (id >= vocabulary.size()) {
        added.put(token, id);
      }
      if (entry.getValue().path("special").asBoolean(false)) {
        specials.add(token);
      }
    }
    Set<String> vocabularySet = new java.util.HashSet<>(vocabulary);
    int next =
        Math.max(vocabulary.size(), added.values().stream().mapToInt(id -> id + 1).max().orElse(0));
    for (String special : specials) {
      if (!vocabularySet.contains(special) && !added.containsKey(special)) {
        added.put(special, next++);
      }
    }
    for (String required :
        List.of(BertTokenizerJson.CLS, BertTokenizerJson.SEP, BertTokenizerJson.UNKNOWN)) {
      if (!vocabularySet.contains(required)) {
        throw new ClassificationException(
            VOCAB + ": no " + required + " token; expected a BERT WordPiece vocabulary");
      }
    }
    boolean lowercase = config.path("do_lower_case").asBoolean(true);
    return new BertTokenizerJson(vocabulary, lowercase, added, List.copyOf(specials));
  }

  /** One token per line, the id being the line number, as transformers' {@code load_vocab}. */
  static List<String> readVocabulary(Path file) throws ClassificationException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ClassificationException(file + ": missing; expected tokenizer.json or vocab.txt");
    } catch (IOException e) {
      throw new ClassificationException(
          file + ": cannot be read as UTF-8 (" + e.getMessage() + ")", e);
    }
    List<String> tokens = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isEmpty()) {
      tokens.remove(tokens.size() - 1);
    }
    if (tokens.isEmpty()) {
      throw new ClassificationException(file.getFileName() + ": empty; expected one token a line");
    }
    return tokens;
  }

  private static String content(JsonNode token) {
    return token.isObject() ? token.path("content").asText() : token.asText();
  }

  private static JsonNode optionalJson(Path file) throws ClassificationException {
    if (!Files.exists(file)) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode node = new ObjectMapper().readTree(file.toFile());
      return node == null ? MissingNode.getInstance() : node;
    } catch (JsonProcessingException e) {
      throw new ClassificationException(
          file.getFileName() + ": not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new ClassificationException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
