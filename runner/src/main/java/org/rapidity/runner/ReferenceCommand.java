package org.rapidity.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rapidity.framework.param.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rapidity reference [--out FILE]}: prints the descriptor reference (Markdown) generated
 * from the parameter specifications of every component found, plugins included; the repository
 * keeps its output as {@code docs/descriptor-reference.md}.
 */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Prints the descriptor reference (Markdown) generated from the parameter"
                + " specifications of every component found.")
final class ReferenceCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the reference to FILE (UTF-8) instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        String text = DescriptorReference.markdown(main.registry());
        if (out == null) {
            main.out().print(text);
            main.out().flush();
            return 0;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidInputException("--out", "no such folder: " + parent);
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        main.out().println("wrote " + out);
        return 0;
    }
}
