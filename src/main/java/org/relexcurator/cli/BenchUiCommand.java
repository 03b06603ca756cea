package org.relexcurator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.relexcurator.ui.bench.UiStallBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relex bench-ui}: the UI thread's longest stall while the window opens a corpus. */
@Command(
    name = "bench-ui",
    mixinStandardHelpOptions = true,
    description = {
      "Opens the window, then FILE, runs \"predict all\" on it with a small test model, and",
      "reports the UI thread's longest stall in each phase (needs a display; use xvfb-run)."
    })
final class BenchUiCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE")
  private Path file;

  @Option(names = "--stacks", description = "Also print where the UI thread was during stalls.")
  private boolean stacks;

  @Override
  public Integer call() {
    UiStallBenchmark.launchWith(file, stacks);
    return Main.OK;
  }
}
