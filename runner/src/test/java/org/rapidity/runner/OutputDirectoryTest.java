package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.runner.run.OutputDirectory;

/**
 * Issue 13, defects 1, 4, 5 and 8: an output directory that two runs cannot corrupt, damaged
 * files named with the choices, unusable directories and full disks reported as bad input
 * naming the path and {@code --out}, and another descriptor's results never silently replaced.
 * Each test reproduces the defect on a small Landau run of the hard-rod example (60 points).
 */
class OutputDirectoryTest {

    @TempDir
    Path tmp;

    static final String[] SMALL = {"--set", "grid.points=60", "--set", "times.end=2000",
        "--set", "times.outputs=4", "--set", "times.first=100", "--no-plots"};

    Cli run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run",
                LiebLinigerCliTest.example("hardrods-landau.json").toString(), "--out",
                out.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    static void assertRefused(Cli c, String... fragments) {
        assertEquals(Main.INVALID_INPUT, c.status(), c.err() + c.out());
        // progress lines may come first; the error is one line of its own
        assertTrue(c.err().startsWith("error: ") || c.err().contains("\nerror: "), c.err());
        assertFalse(c.err().contains("internal error"), c.err());
        assertFalse(c.err().contains("\tat "), c.err());
        for (String f : fragments) {
            assertTrue(c.err().contains(f), "'" + f + "' in: " + c.err());
        }
    }

    @Test
    void aSecondRunIntoAHeldDirectoryIsRefusedNamingTheHolder() throws IOException {
        Path out = tmp.resolve("out");
        Cli first = run(out);
        assertEquals(0, first.status(), first.err());
        List<String> before = Files.readAllLines(out.resolve("observables.csv"));
        try (OutputDirectory held = OutputDirectory.lock(out, "--out")) {
            Cli second = run(out, "--fresh");
            assertRefused(second, "--out: output directory " + out + " is in use",
                    "pid " + ProcessHandle.current().pid());
        }
        assertEquals(before, Files.readAllLines(out.resolve("observables.csv")));
        assertFalse(Files.exists(out.resolve(OutputDirectory.LOCK)), "the lock is released");
    }

    @Test
    void twoConcurrentRunsLeaveOneCompleteTable() throws Exception {
        Path out = tmp.resolve("out");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Cli>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return run(out, "--fresh", "--set", "times.outputs=12");
            }));
        }
        start.countDown();
        Cli a = runs.get(0).get();
        Cli b = runs.get(1).get();
        pool.shutdown();
        // one may finish before the other starts (both succeed in turn) or one is refused;
        // never both succeed while interleaved: the table has exactly 12 + 1 ordered rows
        assertTrue(a.status() == 0 || b.status() == 0, a.err() + b.err());
        for (Cli c : List.of(a, b)) {
            if (c.status() != 0) {
                assertRefused(c, "is in use by another rapidity run");
            }
        }
        List<String> rows = Files.readAllLines(out.resolve("observables.csv"));
        assertEquals(14, rows.size(), String.join("\n", rows));
        double previous = -1;
        for (String row : rows.subList(1, rows.size())) {
            double t = Double.parseDouble(row.split(",")[0]);
            assertTrue(t > previous, "rows in order: " + rows);
            previous = t;
        }
    }

    @Test
    void aStaleLockOfAKilledRunIsTakenOver() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        // what kill -9 leaves: the file, with no OS lock held on it
        Files.writeString(out.resolve(OutputDirectory.LOCK), "pid 999999999, started"
                + " 2026-01-01T00:00:00Z, x\n");
        Cli c = run(out);
        assertEquals(0, c.status(), c.err());
        assertTrue(c.err().contains("took over the lock") && c.err().contains("pid 999999999"),
                c.err());
    }

    @Test
    void aDifferentDescriptorDoesNotReplaceResultsWithoutFresh() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run(out).status());
        List<String> before = Files.readAllLines(out.resolve("observables.csv"));
        Cli other = run(out, "--set", "perturbations.0.V0=3");
        assertRefused(other, "holds the results of a different descriptor", "--fresh");
        assertEquals(before, Files.readAllLines(out.resolve("observables.csv")));
        Cli fresh = run(out, "--set", "perturbations.0.V0=3", "--fresh");
        assertEquals(0, fresh.status(), fresh.err());
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"V0\" : 3"));
    }

    @Test
    void aTruncatedCheckpointIsNamedWithTheChoices() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run(out, "--set", "output.checkpoint_seconds=0").status());
        Path checkpoint = out.resolve("checkpoint.bin");
        try (RandomAccessFile f = new RandomAccessFile(checkpoint.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefused(run(out), checkpoint.toString(), "damaged checkpoint", "truncated",
                "--fresh");
        Files.writeString(checkpoint, "not a checkpoint at all");
        assertRefused(run(out), "damaged checkpoint", "not a rapidity checkpoint");
        assertEquals(0, run(out, "--fresh").status(), "--fresh starts over");
    }

    @Test
    void aDamagedTableIsNamedWithTheChoices() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, run(out, "--set", "output.checkpoint_seconds=0").status());
        Path table = out.resolve("observables.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(table));
        rows.set(2, rows.get(2).replace(',', ';'));
        Files.write(table, rows);
        assertRefused(run(out), table.toString(), "damaged table", "line 3", "--fresh");
    }

    @Test
    void unusableOutputDirectoriesAreNamedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertRefused(run(file.resolve("below")), "--out: cannot create output directory",
                "is a file, not a directory");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        assertRefused(run(Path.of("/proc/rapidity-test")), "--out: cannot create output"
                + " directory /proc/rapidity-test");
    }

    @Test
    void aFullDiskIsACleanErrorAndTheRerunSucceeds() throws IOException {
        // /dev/full answers every write with ENOSPC: the checkpoint's temporary file is a link
        // to it, as if the disk filled up at the first checkpoint
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path tmpFile = out.resolve("checkpoint.bin.tmp");
        Files.createSymbolicLink(tmpFile, full);
        Cli c = run(out, "--set", "output.checkpoint_seconds=0");
        assertRefused(c, "--out: cannot write " + out.resolve("checkpoint.bin"),
                "No space left on device");
        assertFalse(Files.exists(tmpFile, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "the temporary file is removed");
        Cli again = run(out, "--set", "output.checkpoint_seconds=0");
        assertEquals(0, again.status(), again.err());
        assertEquals(6, Files.readAllLines(out.resolve("observables.csv")).size());
    }
}
