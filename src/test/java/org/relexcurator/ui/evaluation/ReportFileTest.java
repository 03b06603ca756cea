package org.relexcurator.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.evaluation.ReportFormat;

class ReportFileTest {

  @Test
  void aTypedReportExtensionDecidesTheFormatWhateverTheFilter() {
    ReportFile file = ReportFile.chosen(Path.of("out", "summary.MD"), ReportFormat.HTML);

    assertThat(file.path()).isEqualTo(Path.of("out", "summary.MD"));
    assertThat(file.format()).isEqualTo(ReportFormat.MARKDOWN);
  }

  @Test
  void aNameWithoutAReportExtensionGetsTheFiltersFormatAndExtension() {
    assertThat(ReportFile.chosen(Path.of("out", "report"), ReportFormat.CSV))
        .isEqualTo(new ReportFile(Path.of("out", "report.csv"), ReportFormat.CSV));
    assertThat(ReportFile.chosen(Path.of("out", "v1.2"), ReportFormat.HTML))
        .isEqualTo(new ReportFile(Path.of("out", "v1.2.html"), ReportFormat.HTML));
  }
}
