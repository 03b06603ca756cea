package org.relexcurator.ui.queue;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.ui.queue.SnippetPart.Role;

/**
 * The part of a pair's sentence a table cell can show: from a few words before the first mention to
 * a few words after the second, on one line, with an ellipsis where the sentence goes on, cut into
 * runs so that the cell can style E1 and E2. Long sentences would otherwise show only their start,
 * often without either mention.
 */
final class SentenceSnippet {

  private SentenceSnippet() {}

  /**
   * @param context how many characters to keep on each side of the mentions, at least
   */
  static List<SnippetPart> of(Document document, CandidatePair pair, int context) {
    DocumentText text = document.text();
    String sentence = text.slice(pair.sentence().span());
    int base = text.toUtf16(pair.sentence().start());
    int[] first = within(text, pair.first(), base, sentence.length());
    int[] second = within(text, pair.second(), base, sentence.length());
    int start = Math.max(0, Math.min(first[0], second[0]) - context);
    int end = Math.min(sentence.length(), Math.max(first[1], second[1]) + context);
    // Widen to whole words so that no word is cut in half.
    while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) {
      start--;
    }
    while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
      end++;
    }
    List<SnippetPart> parts = new ArrayList<>();
    if (start > 0) {
      parts.add(new SnippetPart("… ", Role.TEXT));
    }
    StringBuilder run = new StringBuilder();
    Role runRole = null;
    for (int at = start; at < end; at++) {
      char c = sentence.charAt(at);
      Role role = role(at >= first[0] && at < first[1], at >= second[0] && at < second[1]);
      if (role != runRole && run.length() > 0) {
        parts.add(new SnippetPart(run.toString(), runRole));
        run.setLength(0);
      }
      runRole = role;
      // One line: line breaks and tabs inside a sentence become spaces.
      run.append(Character.isWhitespace(c) ? ' ' : c);
    }
    if (run.length() > 0) {
      parts.add(new SnippetPart(run.toString(), runRole));
    }
    if (end < sentence.length()) {
      parts.add(new SnippetPart(" …", Role.TEXT));
    }
    return List.copyOf(parts);
  }

  /** The mention's extent in UTF-16 indices of the sentence, clamped to it. */
  private static int[] within(DocumentText text, Entity entity, int base, int length) {
    int from = Math.max(0, Math.min(length, text.toUtf16(entity.start()) - base));
    int to = Math.max(from, Math.min(length, text.toUtf16(entity.end()) - base));
    return new int[] {from, to};
  }

  private static Role role(boolean inFirst, boolean inSecond) {
    if (inFirst && inSecond) {
      return Role.BOTH;
    }
    return inFirst ? Role.E1 : inSecond ? Role.E2 : Role.TEXT;
  }

  static String text(List<SnippetPart> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(part -> out.append(part.text()));
    return out.toString();
  }
}
