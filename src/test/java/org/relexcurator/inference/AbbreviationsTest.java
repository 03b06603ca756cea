package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.Abbreviations.Kind;

class AbbreviationsTest {

  private static Abbreviations parse(String list) throws Exception {
    return Abbreviations.parse(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void entriesBeforeTheSectionNeverEndSentencesAndThoseAfterMay() throws Exception {
    Abbreviations abbreviations = parse("# comment\ne.g.\n\n[may end a sentence]\nmin.\net al.\n");

    assertThat(abbreviations.kindOf("e.g.", null)).isEqualTo(Kind.NEVER_FINAL);
    assertThat(abbreviations.kindOf("min.", "30 min.")).isEqualTo(Kind.MAY_END_A_SENTENCE);
    assertThat(abbreviations.kindOf("al.", "et al.")).isEqualTo(Kind.MAY_END_A_SENTENCE);
    assertThat(abbreviations.kindOf("cells.", "the cells.")).isEqualTo(Kind.NOT_AN_ABBREVIATION);
    assertThat(abbreviations.kindOf("# comment", null)).isEqualTo(Kind.NOT_AN_ABBREVIATION);
  }

  @Test
  void caseMattersExceptForACapitalFirstLetter() throws Exception {
    Abbreviations abbreviations = parse("cf.\nMr.\ne.g.\nc.\n");

    assertThat(abbreviations.kindOf("E.g.", null)).isEqualTo(Kind.NEVER_FINAL);
    assertThat(abbreviations.kindOf("Cf.", null)).isEqualTo(Kind.NEVER_FINAL);
    assertThat(abbreviations.kindOf("CF.", null))
        .as("cystic fibrosis")
        .isEqualTo(Kind.NOT_AN_ABBREVIATION);
    assertThat(abbreviations.kindOf("MR.", null))
        .as("mineralocorticoid receptor")
        .isEqualTo(Kind.NOT_AN_ABBREVIATION);
    assertThat(abbreviations.kindOf("C.", null))
        .as("an initial is not c.")
        .isEqualTo(Kind.NOT_AN_ABBREVIATION);
  }

  @Test
  void theStandardListIsOnTheClassPath() {
    Abbreviations standard = Abbreviations.standard();

    assertThat(standard.kindOf("Fig.", null)).isEqualTo(Kind.NEVER_FINAL);
    assertThat(standard.kindOf("i.v.", null)).isEqualTo(Kind.MAY_END_A_SENTENCE);
  }
}
