package io.contactsync.monitor;

import io.contactsync.store.RunStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.contactsync.monitor.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

class RunWindowTest {

    @Test
    void aRunStillGoingIsLeftOut() {
        RunWindow window = new RunWindow(List.of(run(4, RunStatus.RUNNING), run(3, RunStatus.FAILED),
                run(2, RunStatus.FAILED), run(1, RunStatus.FAILED)));

        assertThat(window.statuses()).containsExactly(RunStatus.FAILED, RunStatus.FAILED, RunStatus.FAILED);
        assertThat(window.latestAllFailed(3)).isTrue();
    }

    @Test
    void latestAllFailedNeedsThatManyRunsAllFailed() {
        RunWindow failedTwiceAfterASuccess = new RunWindow(List.of(run(3, RunStatus.FAILED), run(2, RunStatus.FAILED),
                run(1, RunStatus.SUCCEEDED)));

        assertThat(failedTwiceAfterASuccess.latestAllFailed(2)).isTrue();
        assertThat(failedTwiceAfterASuccess.latestAllFailed(3)).isFalse();
        assertThat(failedTwiceAfterASuccess.latestAllFailed(4)).as("fewer runs than asked").isFalse();
        assertThat(new RunWindow(List.of(run(1, RunStatus.PARTIAL))).latestAllFailed(1)).isFalse();
        assertThat(new RunWindow(List.of(run(1, RunStatus.ABANDONED))).latestAllFailed(1)).isFalse();
        assertThat(new RunWindow(List.of()).latestAllFailed(1)).isFalse();
    }

    @Test
    void deadLettersGrowWhenEachOfTheLatestRunsAddedSome() {
        RunWindow window = new RunWindow(List.of(run(3, RunStatus.PARTIAL, 0, 1, 1), run(2, RunStatus.PARTIAL, 0, 2, 2),
                run(1, RunStatus.SUCCEEDED)));

        assertThat(window.latestAllAddedDeadLetters(2)).isTrue();
        assertThat(window.latestAllAddedDeadLetters(3)).isFalse();
    }

    @Test
    void conflictsPerRunIsTheMeanOverTheWindow() {
        assertThat(new RunWindow(List.of(run(2, RunStatus.SUCCEEDED, 3, 0, 0), run(1, RunStatus.SUCCEEDED, 0, 0, 0)))
                .conflictsPerRun()).isEqualTo(1.5);
        assertThat(new RunWindow(List.of()).conflictsPerRun()).isZero();
    }
}
