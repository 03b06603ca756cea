package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.relexcurator.TestData;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Span;

/** The bundled mapping against every mention of the BioRED and CDR slices in testdata/. */
class EntityTypeMappingOnRealCorporaTest {

  private final EntityTypeMapping mapping = EntityTypeMapping.bundled();

  @Test
  void everyBioredAndCdrMentionMapsAndVariantsMostlyEscapeSnp() throws IOException {
    List<Path> files =
        List.of(
            TestData.path("biored/Train-first20.PubTator"),
            TestData.path("biored/Dev-first40.PubTator"),
            TestData.path("cdr/CDR_TrainingSet-first50.PubTator.txt"),
            TestData.path("cdr/CDR_DevelopmentSet-first100.PubTator.txt"));
    Map<String, Integer> variantTypes = new TreeMap<>();
    List<String> unmapped = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        String[] f = line.split("\t");
        if (f.length < 6 || !f[1].matches("\\d+")) {
          continue;
        }
        Entity mention =
            new Entity(
                "T",
                f[4],
                List.of(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]))),
                f[3],
                List.of(f[5]),
                null);
        Optional<String> type = mapping.map(mention);
        if (type.isEmpty()) {
          unmapped.add(f[4] + " " + f[3] + " " + f[5]);
        } else if (f[4].equals("SequenceVariant")) {
          variantTypes.merge(type.get(), 1, Integer::sum);
        }
      }
    }
    assertThat(unmapped).isEmpty();
    // 108 of the 190 variant mentions carry rs ids; read by their text, most are protein or DNA
    // changes, which the specs pair with diseases and chemicals, and SNP stays a minority.
    // 190 = awk -F'\t' 'NF>=6 && $2 ~ /^[0-9]+$/ && $5=="SequenceVariant"' over the four files
    // (117 in Dev, 73 in Train; CDR has none).
    int variants = variantTypes.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(variants).isEqualTo(190);
    assertThat(variantTypes.get("SNP")).isLessThan(variants / 5);
    assertThat(variantTypes.get("ProteinMutation")).isGreaterThan(variants / 3);
    assertThat(variantTypes.get("DNAMutation")).isGreaterThan(variants / 3);
  }
}
