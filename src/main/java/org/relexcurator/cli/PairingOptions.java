package org.relexcurator.cli;

import java.nio.file.Path;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.inference.SettingsFileException;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.pipeline.CorpusPreparation;
import picocli.CommandLine.Option;

/** The options that decide which candidate pairs a corpus yields, shared by several commands. */
final class PairingOptions {

  @Option(
      names = "--specs",
      paramLabel = "F",
      description =
          "Relation-spec JSON (allowed labels per type pair); default: synthetic_relex's.")
  private Path specs;

  @Option(
      names = "--types",
      paramLabel = "F",
      description =
          "Entity-type mapping (properties) merged over the bundled one; see docs/pairs.md.")
  private Path types;

  @Option(
      names = "--markers",
      paramLabel = "MODE",
      defaultValue = "exact",
      converter = MarkerModeConverter.class,
      description =
          "exact (markers around the chosen mentions) or all-occurrences "
              + "(every occurrence of each entity string, as in training). Default: ${DEFAULT-VALUE}.")
  private MarkerMode markers;

  MarkerMode markerMode() {
    return markers;
  }

  CorpusPreparation preparation() throws SettingsFileException {
    RelationSpecs relationSpecs =
        specs == null ? RelationSpecs.bundled() : RelationSpecs.load(specs);
    EntityTypeMapping mapping =
        types == null
            ? EntityTypeMapping.bundled()
            : EntityTypeMapping.bundled().overriddenBy(types);
    return new CorpusPreparation(
        FormatRegistry.standard(), new SentenceSplitter(), relationSpecs, mapping, markers);
  }
}
