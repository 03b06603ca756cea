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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Span;

/** The bundled mapping against every mention of the shared BioRED, CDR and brat corpora. */
class EntityTypeMappingOnRealCorporaTest {

  private static final Path CORPORA =
      Path.of(System.getProperty("relex.shared.corpora", "../shared/corpora"));

  private final EntityTypeMapping mapping = EntityTypeMapping.bundled();

  @Test
  void everyBioredAndCdrMentionMapsAndVariantsMostlyEscapeSnp() throws IOException {
    List<Path> files = List.of(CORPORA.resolve("biored/Train.PubTator"),
        CORPORA.resolve("biored/Dev.PubTator"), CORPORA.resolve("cdr/CDR_TrainingSet.PubTator.txt"),
        CORPORA.resolve("cdr/CDR_DevelopmentSet.PubTator.txt"));
    Assumptions.assumeTrue(files.stream().allMatch(Files::isRegularFile), "corpora not present");
    Map<String, Integer> variantTypes = new TreeMap<>();
    List<String> unmapped = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        String[] f = line.split("\t");
        if (f.length < 6 || !f[1].matches("\\d+")) {
          continue;
        }
        Entity mention = new Entity("T", f[4],
            List.of(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]))), f[3],
            List.of(f[5]), null);
        Optional<String> type = mapping.map(mention);
        if (type.isEmpty()) {
          unmapped.add(f[4] + " " + f[3] + " " + f[5]);
        } else if (f[4].equals("SequenceVariant")) {
          variantTypes.merge(type.get(), 1, Integer::sum);
        }
      }
    }
    assertThat(unmapped).isEmpty();
    // 654 of the 1,140 variant mentions carry rs ids; read by their text, most are protein or
    // DNA changes, which the specs pair with diseases and chemicals, and SNP stays a minority.
    int variants = variantTypes.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(variants).isEqualTo(1140);
    assertThat(variantTypes.get("SNP")).isLessThan(variants / 5);
    assertThat(variantTypes.get("ProteinMutation")).isGreaterThan(variants / 3);
    assertThat(variantTypes.get("DNAMutation")).isGreaterThan(variants / 3);
  }
}
