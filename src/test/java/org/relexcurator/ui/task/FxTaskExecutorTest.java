package org.relexcurator.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relexcurator.task.TaskCallbacks;
import org.testfx.api.FxToolkit;

class FxTaskExecutorTest {

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void resultsArriveOnTheApplicationThread() throws Exception {
    CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
    try (FxTaskExecutor executor = new FxTaskExecutor(1)) {
      executor.submit(
          "answer",
          monitor -> 42,
          TaskCallbacks.of(
              answer -> onFxThread.complete(answer == 42 && Platform.isFxApplicationThread()),
              onFxThread::completeExceptionally));
      assertThat(onFxThread.get(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void workAskedForAfterCloseFailsThroughItsCallbackInsteadOfThrowing() throws Exception {
    FxTaskExecutor executor = new FxTaskExecutor(1);
    executor.close();
    CompletableFuture<Throwable> failure = new CompletableFuture<>();

    executor.submit(
        "late highlight",
        monitor -> 1,
        TaskCallbacks.of(result -> failure.complete(null), failure::complete));

    assertThat(failure.get(10, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("\"late highlight\" was not started: the application is closing");
  }
}
