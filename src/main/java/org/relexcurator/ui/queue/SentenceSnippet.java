package org.relexcurator.ui.queue;

import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;

/**
 * The part of a pair's sentence a table cell can show: from a few words before the first mention
 * to a few words after the second, on one line, with an ellipsis where the sentence goes on.
 * Long sentences would otherwise show only their start, often without either mention.
 */
final class SentenceSnippet {

  private SentenceSnippet() {}

  /** @param context how many characters to keep on each side of the mentions, at least */
  static String of(Document document, CandidatePair pair, int context) {
    DocumentText text = document.text();
    String sentence = text.slice(pair.sentence().span());
    int base = text.toUtf16(pair.sentence().start());
    int from = text.toUtf16(Math.min(pair.first().start(), pair.second().start())) - base;
    int to = text.toUtf16(Math.max(pair.first().end(), pair.second().end())) - base;
    int start = Math.max(0, Math.min(from, sentence.length()) - context);
    int end = Math.min(sentence.length(), Math.max(to, 0) + context);
    // Widen to whole words so that no word is cut in half.
    while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) {
      start--;
    }
    while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
      end++;
    }
    String middle = sentence.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "… " : "") + middle + (end < sentence.length() ? " …" : "");
  }
}
