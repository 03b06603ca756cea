package org.relexcurator.inference;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relexcurator.model.Entity;

/**
 * Decides whether a sequence-variant mention is a PubTator3 {@code DNAMutation}, {@code
 * ProteinMutation} or {@code SNP}: by a PubTator3 {@code subtype} infon, else by the shape of its
 * concept id (tmVar {@code p|SUB|Y|67|X}, {@code c|DEL|657|5}; HGVS {@code p.V600E}), else by the
 * form of the mention text, as PubTator3 itself types variants. The text matters because BioRED
 * normalises most protein and DNA changes to rs ids: {@code M404V} with id {@code rs771966860} is a
 * protein change, and only a mention written as an rs number is an {@code SNP}.
 *
 * <p>Single-letter changes whose both letters are nucleotides ({@code G1359A}) read as DNA changes,
 * though some are protein changes; both types allow the same relations.
 */
final class VariantTypeRule {

  static final String DNA = "DNAMutation";
  static final String PROTEIN = "ProteinMutation";
  static final String SNP = "SNP";

  private static final Pattern PROTEIN_ID = Pattern.compile("(?:tmVar:|HGVS:)?p[|.].*");
  private static final Pattern DNA_ID = Pattern.compile("(?:tmVar:|HGVS:)?[cgmn][|.].*");
  private static final Pattern RS_ID = Pattern.compile("(?i)(?:rs|RS#:)\\d+");

  private static final String AMINO_ACID_CODE =
      "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter)";
  private static final Pattern RS_TEXT = Pattern.compile("(?i)rs\\s?\\d+");
  private static final Pattern SNP_TEXT = Pattern.compile("(?i)\\bSNPs?\\b|polymorphism");
  private static final Pattern DNA_TEXT =
      Pattern.compile(
          String.join(
              "|",
              "^[cgmn]\\.",
              "[ACGTU]\\s*(?:>|->|-->|/)\\s*[ACGTU]",
              "^[ACGT]\\s?[-+]?\\d+\\s?[ACGT]$",
              "^[-+]?\\d+\\s?[ACGT]+$",
              "(?i)del|ins|dup"));
  private static final Pattern PROTEIN_TEXT =
      Pattern.compile(
          String.join(
              "|",
              "^p\\.",
              AMINO_ACID_CODE + "\\s?-?\\d+",
              "\\d+\\s?" + AMINO_ACID_CODE,
              AMINO_ACID_CODE + "/" + AMINO_ACID_CODE,
              "^[ACDEFGHIKLMNPQRSTVWY]\\s?\\d+\\s?(?:[ACDEFGHIKLMNPQRSTVWYX*]|stop|Stop|fs)",
              "(?i)(?:alanine|arginine|asparagine|aspart|cysteine|glutam|glycine|histidine|isoleucine"
                  + "|leucine|lysine|methionine|phenylalanine|proline|serine|threonine|tryptophan"
                  + "|tyrosine|valine)"));

  private VariantTypeRule() {}

  static Optional<String> typeOf(Entity entity) {
    Optional<String> subtype = entity.infons().text("subtype").flatMap(VariantTypeRule::named);
    if (subtype.isPresent()) {
      return subtype;
    }
    boolean rsId = false;
    for (String id : entity.conceptIds()) {
      String trimmed = id.strip();
      if (PROTEIN_ID.matcher(trimmed).matches()) {
        return Optional.of(PROTEIN);
      }
      if (DNA_ID.matcher(trimmed).matches()) {
        return Optional.of(DNA);
      }
      rsId |= RS_ID.matcher(trimmed).matches();
    }
    String text = entity.text().strip();
    if (RS_TEXT.matcher(text).matches()) {
      return Optional.of(SNP);
    }
    if (text.startsWith("p.")) {
      return Optional.of(PROTEIN);
    }
    if (DNA_TEXT.matcher(text).find()) {
      return Optional.of(DNA);
    }
    if (PROTEIN_TEXT.matcher(text).find()) {
      return Optional.of(PROTEIN);
    }
    if (SNP_TEXT.matcher(text).find()) {
      return Optional.of(SNP);
    }
    return rsId ? Optional.of(SNP) : Optional.empty();
  }

  private static Optional<String> named(String subtype) {
    for (String type : new String[] {DNA, PROTEIN, SNP}) {
      if (type.toLowerCase(Locale.ROOT).equals(subtype.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
