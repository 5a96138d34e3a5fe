package org.rapidity.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.spi.Checkpoint;

/**
 * What the recorder keeps of a checkpoint: one the time throttle skipped stays until the final
 * write on SIGINT ({@link RunRecorder#flushLatest}); one on disk is not kept (a large state is
 * not held twice while the next is made); the checkpoint of a resumed run is handed to the
 * solver once and not kept either.
 */
class RunRecorderCheckpointTest {

    @TempDir
    Path tmp;

    private static final double[] TIMES = {0, 1, 2};

    private static Checkpoint state(double time) {
        return new Checkpoint("test", 1, time, 0, Map.of("x", new double[] {time}),
                Map.of("f", new float[] {(float) time, -1f}));
    }

    private RunRecorder recorder(double checkpointSeconds, boolean resume) throws IOException {
        return new RunRecorder(tmp, TIMES, List.of(), "fp", checkpointSeconds, resume, null,
                "test");
    }

    @Test
    void aThrottledCheckpointIsFlushedOnceAWrittenOneIsNotKept() throws IOException {
        RunRecorder throttled = recorder(1e9, false);
        throttled.checkpoint(state(0.5));
        Path file = tmp.resolve(RunRecorder.CHECKPOINT);
        assertFalse(Files.exists(file), "the throttle skipped the write");
        assertTrue(throttled.flushLatest(), "the skipped one is written at SIGINT");
        assertEquals(0.5, CheckpointFile.read(file, "fp").orElseThrow().time(), 0);
        assertFalse(throttled.flushLatest(), "on disk: nothing left to write, nothing kept");

        RunRecorder every = recorder(0, false);
        every.checkpoint(state(0.25));
        assertEquals(0.25, CheckpointFile.read(file, "fp").orElseThrow().time(), 0);
        assertFalse(every.flushLatest(), "written at once: not kept for a final write");
    }

    @Test
    void aResumedCheckpointIsHandedOverOnce() throws IOException {
        CheckpointFile.write(tmp.resolve(RunRecorder.CHECKPOINT), "fp", state(0.75));
        Files.writeString(tmp.resolve("observables.csv"), "time\n");
        RunRecorder resumed = recorder(0, true);
        assertTrue(resumed.resumed());
        assertEquals(0.75, resumed.resumedAt(), 0);
        Checkpoint c = resumed.resumeFrom().orElseThrow();
        assertEquals(-1f, c.single("f")[1], 0);
        assertTrue(resumed.resumeFrom().isEmpty(), "handed over, not kept");
        assertTrue(resumed.resumed(), "still says it resumed");
    }
}
