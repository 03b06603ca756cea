package org.relexcurator.inference.djl;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.relexcurator.inference.ClassificationException;

/**
 * Turns marked sentences into the token ids the model was trained on, with the Hugging Face
 * tokenizers library that transformers' fast tokenizers use. Loading checks that each relation
 * marker is one token: a tokenizer saved without the added markers splits {@code [E1]} into {@code
 * [ e ##1 ]}, and the model would then see inputs it was never trained on.
 */
final class MarkedSentenceTokenizer implements AutoCloseable {

  static final List<String> MARKERS = List.of("[E1]", "[/E1]", "[E2]", "[/E2]");
  static final String TOKENIZER_JSON = "tokenizer.json";

  /** No truncation or padding inside the tokenizer: windows and batches are ours. */
  private static final Map<String, String> OPTIONS =
      Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false");

  private final HuggingFaceTokenizer tokenizer;
  private final long[] markerIds;
  private final int maxLength;

  private MarkedSentenceTokenizer(HuggingFaceTokenizer tokenizer, long[] markerIds, int maxLength) {
    this.tokenizer = tokenizer;
    this.markerIds = markerIds;
    this.maxLength = maxLength;
  }

  /**
   * Loads {@code tokenizer.json}, or builds the same tokenizer from {@code vocab.txt} and its
   * companion files when there is none.
   */
  static MarkedSentenceTokenizer load(Path folder, BertConfig config)
      throws ClassificationException {
    Source source = open(folder);
    try {
      long[] markerIds = checkMarkers(source.tokenizer(), config, source.name());
      return new MarkedSentenceTokenizer(source.tokenizer(), markerIds, config.maxPositions());
    } catch (ClassificationException e) {
      source.tokenizer().close();
      throw e;
    }
  }

  /**
   * The tokens each marker becomes, in {@link #MARKERS} order: one token each in a tokenizer saved
   * after the markers were added.
   */
  static List<List<String>> markerTokens(Path folder) throws ClassificationException {
    try (HuggingFaceTokenizer tokenizer = open(folder).tokenizer()) {
      List<List<String>> tokens = new ArrayList<>();
      for (String marker : MARKERS) {
        tokens.add(List.of(tokenizer.encode(marker, false, false).getTokens()));
      }
      return tokens;
    }
  }

  /** A loaded tokenizer and the file it came from, for messages. */
  private record Source(HuggingFaceTokenizer tokenizer, String name) {}

  private static Source open(Path folder) throws ClassificationException {
    Path json = folder.resolve(TOKENIZER_JSON);
    String source;
    byte[] content;
    if (Files.isRegularFile(json)) {
      source = TOKENIZER_JSON;
      try {
        content = Files.readAllBytes(json);
      } catch (IOException e) {
        throw new ClassificationException(json + ": cannot be read (" + e.getMessage() + ")", e);
      }
    } else if (Files.isRegularFile(folder.resolve(VocabularyTokenizerFiles.VOCAB))) {
      source = VocabularyTokenizerFiles.VOCAB;
      content =
          VocabularyTokenizerFiles.read(folder)
              .toJson()
              .toString()
              .getBytes(StandardCharsets.UTF_8);
    } else {
      throw new ClassificationException(
          folder
              + ": no "
              + TOKENIZER_JSON
              + " or "
              + VocabularyTokenizerFiles.VOCAB
              + "; expected the model's tokenizer beside config.json");
    }
    try (InputStream in = new ByteArrayInputStream(content)) {
      return new Source(HuggingFaceTokenizer.newInstance(in, OPTIONS), source);
    } catch (IOException | RuntimeException e) {
      throw new ClassificationException(
          source
              + ": not a tokenizer the Hugging Face tokenizers"
              + " library can load ("
              + firstLine(e.getMessage())
              + ")",
          e);
    }
  }

  private static long[] checkMarkers(
      HuggingFaceTokenizer tokenizer, BertConfig config, String source)
      throws ClassificationException {
    long[] ids = new long[MARKERS.size()];
    for (int i = 0; i < MARKERS.size(); i++) {
      String marker = MARKERS.get(i);
      Encoding encoding = tokenizer.encode(marker, false, false);
      if (encoding.getIds().length != 1) {
        throw new ClassificationException(
            source
                + ": marker "
                + marker
                + " becomes "
                + encoding.getIds().length
                + " tokens "
                + Arrays.toString(encoding.getTokens())
                + "; expected one added token (save the tokenizer after adding the four markers)");
      }
      ids[i] = encoding.getIds()[0];
      if (ids[i] >= config.vocabSize()) {
        throw new ClassificationException(
            source
                + ": marker "
                + marker
                + " has id "
                + ids[i]
                + ", outside config.json vocab_size "
                + config.vocabSize());
      }
    }
    if (Arrays.stream(ids).distinct().count() != ids.length) {
      throw new ClassificationException(
          source
              + ": markers "
              + MARKERS
              + " have ids "
              + Arrays.toString(ids)
              + "; expected four different tokens");
    }
    return ids;
  }

  /**
   * The ids the model sees for a sentence: all of it, or a window around its marked entities when
   * it is longer than the model's position limit.
   *
   * @param index the sentence's position in the caller's list, for messages
   */
  TokenizedSentence encode(String sentence, int index) throws ClassificationException {
    Encoding encoding = tokenizer.encode(sentence, true, false);
    long[] ids = encoding.getIds();
    String[] tokens = encoding.getTokens();
    List<TokenWindow.Mention> mentions = TokenWindow.mentions(ids, markerIds);
    for (int entity = 1; entity <= 2; entity++) {
      int wanted = entity;
      if (mentions.stream().noneMatch(m -> m.entity() == wanted)) {
        throw new ClassificationException(
            "sentence "
                + (index + 1)
                + " has no [E"
                + entity
                + "]…[/E"
                + entity
                + "] pair; expected both entities marked: "
                + abbreviate(sentence));
      }
    }
    int[] kept = TokenWindow.select(ids.length, mentions, maxLength);
    if (kept.length == ids.length) {
      return new TokenizedSentence(Arrays.asList(tokens), ids, ids.length);
    }
    long[] keptIds = new long[kept.length];
    List<String> keptTokens = new ArrayList<>(kept.length);
    for (int i = 0; i < kept.length; i++) {
      keptIds[i] = ids[kept[i]];
      keptTokens.add(tokens[kept[i]]);
    }
    return new TokenizedSentence(keptTokens, keptIds, ids.length);
  }

  int maxLength() {
    return maxLength;
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  private static String abbreviate(String sentence) {
    String oneLine = sentence.replaceAll("\\s+", " ").strip();
    if (oneLine.codePointCount(0, oneLine.length()) <= 80) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, 77)) + "...";
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
