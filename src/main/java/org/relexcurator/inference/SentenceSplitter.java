package org.relexcurator.inference;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/**
 * Splits passages of biomedical text into sentences: Unicode sentence boundaries ({@link
 * BreakIterator}, UAX #29) corrected by rules for what abstracts are full of.
 *
 * <ul>
 *   <li>No sentence ends after an abbreviation such as {@code e.g.}, {@code Fig.} or {@code vs.};
 *       after one that also ends sentences ({@code 30 min.}, {@code i.v.}, {@code et al.}) a
 *       sentence ends only before a capitalised word ({@link Abbreviations}).
 *   <li>No sentence ends before a word in lower case ({@code E. coli}, {@code S. aureus}), except a
 *       gene-like word such as {@code mRNA}, {@code p53} or {@code hiPS-CMs}, which does start
 *       sentences. UAX #29 misses those breaks, and those after a word in capitals ({@code in CH.
 *       Control rats}) or before a number; every period, question or exclamation mark followed by
 *       white space is therefore a candidate that these rules judge.
 *   <li>No sentence ends between numbers ({@code 1.4%}, {@code p < 0.05}, {@code 3. 45 kb}), nor
 *       after a list item's number ({@code 2. The potential…}).
 *   <li>A capital initial ends no sentence when it is part of a name: after a comma, bracket or
 *       another initial, after {@code by}, or before another initial ({@code by J. Smith}, {@code
 *       Cole, M. A.}, {@code J. R. Smith}). After other words it does ({@code with vitamin C.
 *       Patients}, {@code in group B. The}), because in abstracts that is far more common.
 *   <li>No sentence ends inside brackets opened in it ({@code (Zapata et al. 2004. Proc. Natl.
 *       Acad. Sci. USA 101: 16600)}).
 *   <li>A line break ends a sentence unless the next line goes on in lower case (a wrapped line); a
 *       blank line always does.
 *   <li>A sentence never ends inside an entity mention: sentences on both sides are merged.
 * </ul>
 *
 * <p>Sentences are spans of the document text in code points, without leading or trailing white
 * space. A splitter holds no state between calls and may be shared between threads.
 */
public final class SentenceSplitter {

  private static final String CLOSING = ")]}\"'\u2019\u201d\u00bb";

  /** Characters that go on with a sentence rather than start one: "2.5 mg. /kg", "ng. /ml". */
  private static final String CONTINUATION = "/,;:%)]}.?!";

  private static final String OPENING = "([{\"'\u2018\u201c\u00ab";

  /** A sentence end, closing brackets or quotes, and the space before the next sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][)\\]}\"'\u2019\u201d]*\\s+");

  /** A number ending in a period, as in a list "1. 2. 3." or a broken decimal "3. 45". */
  private static final Pattern NUMBER = Pattern.compile("\\d+\\.");

  /** A list item's number or letter, which starts a sentence rather than being one: "2. The…". */
  private static final Pattern ENUMERATOR = Pattern.compile("\\(?(?:\\d{1,2}|[A-Za-z])[.)]");

  /** How far back (in UTF-16 units) an open bracket still holds a sentence together. */
  private static final int BRACKET_REACH = 200;

  private static final Pattern LETTERS_THEN_DIGIT = Pattern.compile("\\p{Ll}+\\p{Nd}.*");

  /** A stretch of a passage's text in UTF-16 indices. */
  private record Range(int start, int end) {}

  private final Abbreviations abbreviations;

  /** A splitter with the standard abbreviation list. */
  public SentenceSplitter() {
    this(Abbreviations.standard());
  }

  public SentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /**
   * The sentences of a passage, in order; usable as {@code
   * document.withSentences(splitter::split)}.
   */
  public List<Sentence> split(Document document, Passage passage) {
    DocumentText text = document.text();
    int base = text.toUtf16(passage.span().start());
    String content = document.passageText(passage);
    List<Span> sentences = new ArrayList<>();
    for (Range block : blocks(content)) {
      for (Range piece : splitBlock(content, block)) {
        int start = piece.start();
        int end = piece.end();
        while (start < end && isSpace(content.charAt(start))) {
          start++;
        }
        while (end > start && isSpace(content.charAt(end - 1))) {
          end--;
        }
        if (start < end) {
          sentences.add(new Span(text.toCodePoint(base + start), text.toCodePoint(base + end)));
        }
      }
    }
    return keepMentionsWhole(sentences, document.entities(), passage.span());
  }

  /**
   * Runs of lines that a sentence may span: a line break separates them unless the next line goes
   * on in lower case; a blank line always does.
   */
  private static List<Range> blocks(String s) {
    List<Range> blocks = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
    boolean blankBefore = false;
    int lineStart = 0;
    while (true) {
      int lineEnd = lineStart;
      while (lineEnd < s.length() && !isLineBreak(s.charAt(lineEnd))) {
        lineEnd++;
      }
      int first = lineStart;
      while (first < lineEnd && isSpace(s.charAt(first))) {
        first++;
      }
      if (first == lineEnd) {
        blankBefore = true;
      } else {
        if (blockStart >= 0 && (blankBefore || !startsInLowerCase(wordAt(s, first)))) {
          blocks.add(new Range(blockStart, blockEnd));
          blockStart = -1;
        }
        if (blockStart < 0) {
          blockStart = first;
        }
        blockEnd = lineEnd;
        blankBefore = false;
      }
      if (lineEnd >= s.length()) {
        break;
      }
      lineStart = s.startsWith("\r\n", lineEnd) ? lineEnd + 2 : lineEnd + 1;
    }
    if (blockStart >= 0) {
      blocks.add(new Range(blockStart, blockEnd));
    }
    return blocks;
  }

  /** White space, including the no-break spaces that Java's isWhitespace leaves out. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** UAX #29 boundaries and the breaks it misses, each checked against the rules. */
  private List<Range> splitBlock(String s, Range range) {
    String block = s.substring(range.start(), range.end());
    TreeSet<Integer> candidates = new TreeSet<>();
    BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    boundaries.setText(block);
    for (int b = boundaries.next(); b != BreakIterator.DONE; b = boundaries.next()) {
      if (b < block.length()) {
        candidates.add(b);
      }
    }
    // UAX #29 keeps "in CH. Control rats" and "antigen). 75 transcripts" together, and never
    // breaks before "mRNA"; every sentence-final mark is a candidate and the rules decide.
    Matcher ends = SENTENCE_END.matcher(block);
    while (ends.find()) {
      candidates.add(ends.end());
    }
    List<Range> pieces = new ArrayList<>();
    int sentenceStart = 0;
    for (int candidate : candidates) {
      if (endsSentence(block, sentenceStart, candidate)) {
        pieces.add(new Range(range.start() + sentenceStart, range.start() + candidate));
        sentenceStart = candidate;
      }
    }
    pieces.add(new Range(range.start() + sentenceStart, range.end()));
    return pieces;
  }

  /**
   * Whether the sentence that starts at {@code start} ends before {@code next}, the start of the
   * following one.
   */
  private boolean endsSentence(String block, int start, int next) {
    int end = next;
    while (end > start && isSpace(block.charAt(end - 1))) {
      end--;
    }
    String nextWord = wordAt(block, next);
    if (end == start
        || nextWord.isEmpty()
        || ENUMERATOR.matcher(block.substring(start, end)).matches()
        || insideBrackets(block, start, end)) {
      return false;
    }
    int mark = end;
    while (mark > 0 && CLOSING.indexOf(block.charAt(mark - 1)) >= 0) {
      mark--;
    }
    char terminator = mark > 0 ? block.charAt(mark - 1) : ' ';
    if (terminator != '.' && terminator != '!' && terminator != '?') {
      return true;
    }
    if (startsInLowerCase(nextWord) || CONTINUATION.indexOf(nextWord.charAt(0)) >= 0) {
      return false;
    }
    if (terminator != '.') {
      return true;
    }
    int lastStart = wordStart(block, mark);
    String lastWord = withoutOpening(block.substring(lastStart, mark));
    String previousWord = wordBefore(block, lastStart);
    String lastTwoWords =
        previousWord == null ? null : withoutOpening(previousWord) + " " + lastWord;
    switch (abbreviations.kindOf(lastWord, lastTwoWords)) {
      case NEVER_FINAL:
        return false;
      case MAY_END_A_SENTENCE:
        return startsWithCapital(nextWord);
      default:
        break;
    }
    if (NUMBER.matcher(lastWord).matches() && Character.isDigit(nextWord.charAt(0))) {
      return false;
    }
    return !(isInitial(lastWord) && isPartOfName(block.charAt(lastStart), previousWord, nextWord));
  }

  /**
   * Whether {@code end} lies inside a bracket opened in this sentence, as in {@code (Zapata et al.
   * 2004. Proc. Natl. Acad. Sci. USA 101: 16600)}. A bracket left open for long is taken for a
   * stray one ("1) first, 2) second") and no longer holds the sentence together.
   */
  private static boolean insideBrackets(String block, int start, int end) {
    int depth = 0;
    for (int i = end - 1; i >= start && end - i <= BRACKET_REACH; i--) {
      char c = block.charAt(i);
      if (c == ')' || c == ']') {
        depth++;
      } else if (c == '(' || c == '[') {
        if (depth == 0) {
          return true;
        }
        depth--;
      }
    }
    return false;
  }

  /**
   * {@code J.} in {@code (J. Smith}, {@code Smith, J. R.}, {@code Dr. J. Smith}, {@code by J.
   * Smith}.
   */
  private boolean isPartOfName(char firstOfWord, String previousWord, String nextWord) {
    if (OPENING.indexOf(firstOfWord) >= 0 || previousWord == null || isInitial(nextWord)) {
      return true;
    }
    char last = previousWord.charAt(previousWord.length() - 1);
    String previous = withoutOpening(previousWord);
    return last == ','
        || last == ';'
        || isInitial(previous)
        || previous.equals("by")
        || abbreviations.kindOf(previous, null) != Abbreviations.Kind.NOT_AN_ABBREVIATION;
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
  }

  /** A word in lower case that is not gene-like: it goes on with the sentence before it. */
  private static boolean startsInLowerCase(String word) {
    String bare = withoutOpening(word);
    return !bare.isEmpty() && Character.isLowerCase(bare.codePointAt(0)) && !isGeneLike(bare);
  }

  private static boolean startsWithCapital(String word) {
    String bare = withoutOpening(word);
    return !bare.isEmpty()
        && (Character.isUpperCase(bare.codePointAt(0))
            || Character.isTitleCase(bare.codePointAt(0)));
  }

  /**
   * {@code mRNA}, {@code p53}, {@code hiPS-CMs}, {@code gamma-ENaC}: lower case first, yet a name.
   */
  private static boolean isGeneLike(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
      return false;
    }
    return word.codePoints().anyMatch(Character::isUpperCase)
        || LETTERS_THEN_DIGIT.matcher(word).matches();
  }

  private static String withoutOpening(String word) {
    int i = 0;
    while (i < word.length() && OPENING.indexOf(word.charAt(i)) >= 0) {
      i++;
    }
    return word.substring(i);
  }

  /** The word (up to white space) that starts at or after {@code from}, or empty. */
  private static String wordAt(String s, int from) {
    int start = from;
    while (start < s.length() && isSpace(s.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < s.length() && !isSpace(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  private static int wordStart(String s, int end) {
    int start = end;
    while (start > 0 && !isSpace(s.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** The word before the white space that ends at {@code end}, or {@code null} at the start. */
  private static String wordBefore(String s, int end) {
    int wordEnd = end;
    while (wordEnd > 0 && isSpace(s.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    return wordEnd == 0 ? null : s.substring(wordStart(s, wordEnd), wordEnd);
  }

  /** Merges neighbouring sentences while a mention of the passage runs across their boundary. */
  private static List<Sentence> keepMentionsWhole(
      List<Span> sentences, List<Entity> entities, Span passage) {
    List<Span> mentions = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.extent().overlaps(passage)) {
        mentions.add(entity.extent());
      }
    }
    List<Sentence> merged = new ArrayList<>(sentences.size());
    Span current = null;
    for (Span sentence : sentences) {
      if (current != null && crossesBoundary(mentions, current, sentence)) {
        current = new Span(current.start(), sentence.end());
      } else {
        if (current != null) {
          merged.add(new Sentence(current));
        }
        current = sentence;
      }
    }
    if (current != null) {
      merged.add(new Sentence(current));
    }
    return merged;
  }

  private static boolean crossesBoundary(List<Span> mentions, Span before, Span after) {
    for (Span mention : mentions) {
      if (mention.start() < after.start() && mention.end() > before.end()) {
        return true;
      }
    }
    return false;
  }
}
