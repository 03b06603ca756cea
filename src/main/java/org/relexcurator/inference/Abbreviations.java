package org.relexcurator.inference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations with a final period, as the sentence splitter needs them: those after which a
 * sentence never ends ({@code e.g.}, {@code Fig.}) and those that may end one ({@code min.}, {@code
 * i.v.}). The standard list is the resource {@code abbreviations.txt} beside this class.
 *
 * <p>Case matters, because biomedical text is full of acronyms that look like abbreviations: {@code
 * CF.} (cystic fibrosis) and {@code MR.} (mineralocorticoid receptor) end sentences where {@code
 * cf.} and {@code Mr.} do not. Only a capital first letter is forgiven, as at a sentence start
 * ({@code E.g.}).
 */
public final class Abbreviations {

  /** What a word ending in a period is. */
  public enum Kind {
    NOT_AN_ABBREVIATION,
    NEVER_FINAL,
    MAY_END_A_SENTENCE
  }

  private static final String MAY_END_SECTION = "[may end a sentence]";
  private static final String RESOURCE = "abbreviations.txt";

  private final Set<String> neverFinal;
  private final Set<String> mayEnd;

  private Abbreviations(Set<String> neverFinal, Set<String> mayEnd) {
    this.neverFinal = Set.copyOf(neverFinal);
    this.mayEnd = Set.copyOf(mayEnd);
  }

  /** The list shipped with RelEx Curator. */
  public static Abbreviations standard() {
    try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a list: one abbreviation a line, {@code #} comments, and a line {@code [may end a
   * sentence]} before those that may end a sentence.
   */
  public static Abbreviations parse(InputStream in) throws IOException {
    Set<String> neverFinal = new HashSet<>();
    Set<String> mayEnd = new HashSet<>();
    Set<String> current = neverFinal;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.equalsIgnoreCase(MAY_END_SECTION)) {
        current = mayEnd;
      } else {
        current.add(entry);
      }
    }
    return new Abbreviations(neverFinal, mayEnd);
  }

  /**
   * What the end of a text is: {@code lastWords} holds the last word and, for abbreviations of two
   * words such as {@code et al.}, the last two words joined by one space.
   */
  public Kind kindOf(String lastWord, String lastTwoWords) {
    for (String candidate : new String[] {lastWord, lastTwoWords}) {
      if (candidate == null || candidate.isEmpty()) {
        continue;
      }
      for (String key : new String[] {candidate, decapitalized(candidate)}) {
        if (neverFinal.contains(key)) {
          return Kind.NEVER_FINAL;
        }
        if (mayEnd.contains(key)) {
          return Kind.MAY_END_A_SENTENCE;
        }
      }
    }
    return Kind.NOT_AN_ABBREVIATION;
  }

  /**
   * {@code E.g.} at the start of a sentence is {@code e.g.}; {@code CF.} (cystic fibrosis) is not
   * {@code cf.}, and a capital initial ({@code C.}) is not the lower-case {@code c.}.
   */
  private static String decapitalized(String word) {
    int first = word.codePointAt(0);
    int rest = Character.charCount(first);
    String tail = word.substring(rest);
    if (!Character.isUpperCase(first)
        || word.length() <= 2
        || !tail.equals(tail.toLowerCase(Locale.ROOT))) {
      return word;
    }
    return new StringBuilder()
        .appendCodePoint(Character.toLowerCase(first))
        .append(word, rest, word.length())
        .toString();
  }
}
