package org.rapidity.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rapidity.framework.param.InvalidInputException;

/**
 * An output directory held by one run: created (or refused, naming the option that chose it,
 * before any computation), locked exclusively through {@code .rapidity.lock} (an OS file lock
 * held for the whole run, the file naming the holder's PID), and checked for the results of a
 * different descriptor, which are replaced only on {@code --fresh}, never mixed with new ones.
 *
 * <p>The OS releases the file lock when its holder dies, so a lock file left by a crashed or
 * killed run is stale by construction: the next run takes it over and says so.
 */
public final class OutputDirectory implements AutoCloseable {

    /** The lock file inside the output directory. */
    public static final String LOCK = ".rapidity.lock";

    /** Files a {@code run} writes at the top of its directory ({@code --fresh} removes them). */
    static final List<String> RUN_FILES = List.of("run.json", "summary.json", RunRecorder.TABLE,
            RunRecorder.CHECKPOINT, RunRecorder.CHECKPOINT + ".tmp", "run.json.tmp",
            "summary.json.tmp");

    private final Path dir;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<String> staleHolder;
    private final boolean created;
    /** On SIGINT/SIGTERM the lock file goes too (the OS releases the lock itself). */
    private final Thread onSignal;

    private OutputDirectory(Path dir, Path lockFile, FileChannel channel, FileLock lock,
            Optional<String> staleHolder, boolean created) {
        this.created = created;
        this.onSignal = new Thread(() -> {
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                // a stale file is taken over by the next run
            }
        }, "rapidity-unlock");
        this.dir = dir;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.staleHolder = staleHolder;
    }

    /**
     * Creates {@code dir} if needed and locks it for this process.
     *
     * @param option the option or descriptor field that chose the directory ({@code --out})
     * @throws InvalidInputException naming {@code option} if the directory cannot be created or
     *     written, or if another run holds it (its PID named)
     */
    public static OutputDirectory lock(Path dir, String option) {
        boolean created = !Files.exists(dir);
        createDirectories(dir, option);
        Path lockFile = dir.resolve(LOCK);
        for (int attempt = 0; attempt < 10; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw writeError(option, lockFile, e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another run in the same JVM)
            } catch (IOException e) {
                closeQuietly(channel);
                throw writeError(option, lockFile, e);
            }
            if (lock == null) {
                String holder = holder(lockFile).orElse("holder unknown");
                closeQuietly(channel);
                throw new InvalidInputException(option, "output directory " + dir + " is in use"
                        + " by another rapidity run (" + holder + "); wait for it to finish, or"
                        + " choose another " + option);
            }
            try {
                Optional<String> previous = holder(lockFile);
                String token = "pid " + ProcessHandle.current().pid() + ", started "
                        + Instant.now() + ", " + UUID.randomUUID() + "\n";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                // A run that finished deleted the file we opened: lock the new one instead.
                if (!token.equals(readQuietly(lockFile))) {
                    lock.release();
                    channel.close();
                    continue;
                }
                OutputDirectory held = new OutputDirectory(dir, lockFile, channel, lock,
                        previous, created);
                Runtime.getRuntime().addShutdownHook(held.onSignal);
                return held;
            } catch (IOException e) {
                closeQuietly(channel);
                throw writeError(option, lockFile, e);
            }
        }
        throw new InvalidInputException(option, "could not lock " + lockFile + ": other runs keep"
                + " replacing it");
    }

    /** The directory. */
    public Path path() {
        return dir;
    }

    /**
     * The holder named in a lock file this run took over (left by a run that crashed or was
     * killed), if there was one.
     */
    public Optional<String> staleHolder() {
        return staleHolder;
    }

    /**
     * Deletes the lock file and releases the lock; a directory this run created and left empty
     * (its input was refused) is removed.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs
        }
        try {
            Files.deleteIfExists(lockFile);
            if (created) {
                try (DirectoryStream<Path> left = Files.newDirectoryStream(dir)) {
                    if (!left.iterator().hasNext()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            // the lock is released below all the same; a leftover file is stale, not held
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it
        }
        closeQuietly(channel);
    }

    /**
     * Checks that {@code dir} holds nothing or the results of the run with {@code fingerprint};
     * with {@code fresh}, removes the files of any earlier run instead, so that a directory never
     * mixes the results of two descriptors.
     *
     * @param option the option or field that chose the directory, for messages
     * @throws InvalidInputException naming the directory and the choices when it holds another
     *     descriptor's results, or a damaged {@code run.json}
     */
    public static void claim(Path dir, String fingerprint, boolean fresh, String option) {
        claim(dir, fingerprint, fresh, option, null);
    }

    /**
     * As above; with {@code rules}, the results of a descriptor that differs only in what a
     * resume may change ({@link ResumeRules}) are this run's to extend.
     */
    static void claim(Path dir, String fingerprint, boolean fresh, String option,
            ResumeRules rules) {
        if (fresh) {
            clean(dir, option);
            return;
        }
        Path runJson = dir.resolve("run.json");
        Optional<String> owner = Optional.empty();
        JsonNode previous = null;
        if (Files.isRegularFile(runJson)) {
            JsonNode run;
            try {
                run = new ObjectMapper().readTree(runJson.toFile());
            } catch (IOException e) {
                throw new InvalidInputException(option, runJson + " is damaged (" + e
                        .getClass().getSimpleName() + "); run again with --fresh to start over,"
                        + " or delete the file");
            }
            String command = run == null ? "" : run.path("command").asText("");
            owner = Optional.of(command.equals("run") ? run.path("fingerprint").asText("")
                    : "a '" + command + "' command");
            if (command.equals("run") && run.has("descriptor")) {
                previous = run.get("descriptor");
            }
        } else {
            Optional<CheckpointFile.Run> c = CheckpointFile.run(dir.resolve(RunRecorder
                    .CHECKPOINT));
            if (c.isPresent()) {
                owner = Optional.of(c.get().fingerprint());
                previous = c.get().recorded() ? readTree(c.get().descriptor()) : null;
            } else if (Files.exists(dir.resolve(RunRecorder.TABLE))) {
                owner = Optional.of("an unknown run (no run.json)");
            }
        }
        if (owner.isPresent() && !owner.get().equals(fingerprint)) {
            if (rules != null && previous != null) {
                rules.checkChanges(previous, dir); // refused naming the fields, or extended
                return;
            }
            throw new InvalidInputException(option, "output directory " + dir + " holds the"
                    + " results of a different descriptor; run again with --fresh to replace"
                    + " them, or choose another " + option);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            return null; // judged (and refused, named) when the checkpoint itself is read
        }
    }

    /** Removes what a run writes into {@code dir} (and nothing else). */
    static void clean(Path dir, String option) {
        Path current = dir;
        try {
            for (String name : RUN_FILES) {
                current = dir.resolve(name);
                Files.deleteIfExists(current);
            }
            try (DirectoryStream<Path> pngs = Files.newDirectoryStream(dir, "observables*.png")) {
                for (Path p : pngs) {
                    current = p;
                    Files.deleteIfExists(p);
                }
            }
            Path fields = dir.resolve("fields");
            if (Files.isDirectory(fields)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(fields,
                        "*.{csv,png,tmp}")) {
                    for (Path p : files) {
                        current = p;
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw writeError(option, current, e);
        }
    }

    /**
     * An I/O failure as invalid input: the path, the reason in words, and the option that chose
     * the path.
     */
    public static InvalidInputException writeError(String option, Path path, IOException e) {
        return new InvalidInputException(option, "cannot write " + path + ": " + reason(e)
                + " (the output directory is chosen by " + option + ")");
    }

    /** An I/O error in words: the operating system's reason where it gives one. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Unwraps {@link UncheckedIOException}s (for writers called through interfaces). */
    public static InvalidInputException writeError(String option, UncheckedIOException e) {
        IOException cause = e.getCause();
        Path path = cause instanceof FileSystemException
                && ((FileSystemException) cause).getFile() != null
                ? Path.of(((FileSystemException) cause).getFile()) : Path.of("?");
        return writeError(option, path, cause);
    }

    private static void createDirectories(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            Path blocking = dir;
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    throw new InvalidInputException(option, "cannot create output directory "
                            + dir + ": " + p + " is a file, not a directory");
                }
            }
            throw new InvalidInputException(option, "cannot create output directory " + blocking
                    + ": " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidInputException(option, "cannot write into output directory " + dir
                    + ": permission denied");
        }
    }

    private static Optional<String> holder(Path lockFile) {
        String text = readQuietly(lockFile).trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int comma = text.lastIndexOf(',');
        return Optional.of(comma > 0 ? text.substring(0, comma) : text);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
