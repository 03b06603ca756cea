package org.relexcurator.ui.evaluation;

import java.nio.file.Path;
import org.relexcurator.curation.evaluation.ReportFormat;

/** Where to save the report and as what. */
public record ReportFile(Path path, ReportFormat format) {}
