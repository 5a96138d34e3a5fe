package org.rapidity.runner.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapidity.framework.evolution.EvolvingSolver;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.runner.output.Json;
import org.rapidity.runner.run.RunJob;

/**
 * Ensembles of blocks of samples (the {@code md} solver) cut into work units of whole blocks
 * ({@code run --blocks-per-unit K}) and put together again. A unit is the member's descriptor
 * with {@code solver.first-block} and {@code solver.block-count} set; it reports its blocks'
 * sums at every output in its {@code summary.json}; the member's solver gets all of them, in
 * block order, as the checkpoint it resumes from ({@link #seed}), and writes the member's files
 * as the whole ensemble would (docs/distributed.md).
 */
final class EnsembleSplit {

    /** The solver parameter of a unit's number of blocks (0: the whole ensemble). */
    static final String BLOCK_COUNT = "block-count";
    /** The solver parameter of a unit's first block. */
    static final String FIRST_BLOCK = "first-block";
    /** The results a unit reports: its sums at output {@code k} ({@code + k}), and its shape. */
    static final String UNIT_SUMS = "unit_block_sums_";
    static final String UNIT_SHAPE = "unit_block_shape";

    private final int blocksPerUnit;

    private EnsembleSplit(int blocksPerUnit) {
        this.blocksPerUnit = blocksPerUnit;
    }

    /** No split: every member is one unit. */
    static EnsembleSplit none() {
        return new EnsembleSplit(0);
    }

    /**
     * Units of {@code blocks} blocks or more (0: no split).
     *
     * @throws InvalidInputException naming {@code --blocks-per-unit} for fewer than 2 blocks or
     *     when no member's solver has blocks
     */
    static EnsembleSplit of(int blocks, List<RunJob> jobs) {
        if (blocks == 0) {
            return none();
        }
        if (blocks < 2) {
            throw new InvalidInputException("--blocks-per-unit", "must be 0 (no split) or at"
                    + " least 2 (each unit's jackknife needs two blocks), got " + blocks);
        }
        if (jobs.stream().noneMatch(EnsembleSplit::splittable)) {
            throw new InvalidInputException("--blocks-per-unit", "splits ensembles of blocks of"
                    + " samples (solver md); solver '" + jobs.get(0).solver().name()
                    + "' has none");
        }
        return new EnsembleSplit(blocks);
    }

    /** Whether any member is split. */
    boolean active() {
        return blocksPerUnit > 0;
    }

    /** The largest number of blocks of a unit. */
    int largestUnit() {
        return 2 * blocksPerUnit - 1;
    }

    private static boolean splittable(RunJob j) {
        return j != null && j.solver().parameters().asMap().containsKey(BLOCK_COUNT)
                && j.solver() instanceof EvolvingSolver;
    }

    /**
     * The block ranges {@code [b0, b1)} of a member's units, in block order ({@code blocks/K}
     * units, rounded down, of {@code K} to {@code 2K - 1} blocks), or none when it is not split.
     */
    List<int[]> ranges(RunJob member) {
        if (blocksPerUnit == 0 || !splittable(member)) {
            return List.of();
        }
        int blocks = member.solver().parameters().integer("blocks");
        int k = Math.max(1, blocks / blocksPerUnit);
        List<int[]> ranges = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            ranges.add(new int[] {c * blocks / k, (c + 1) * blocks / k});
        }
        return ranges;
    }

    /** The descriptor of the unit of blocks {@code range} of a member. */
    static JsonNode unitDescriptor(JsonNode member, int[] range) {
        ObjectNode d = (ObjectNode) member.deepCopy();
        ObjectNode solver = (ObjectNode) d.get("solver");
        solver.put(FIRST_BLOCK, range[0]);
        solver.put(BLOCK_COUNT, range[1] - range[0]);
        return d;
    }

    /** {@code blocks-<first>-<last>}: the unit's directory inside its member's. */
    static String unitDirectory(int[] range) {
        return "blocks-" + range[0] + "-" + (range[1] - 1);
    }

    /**
     * The checkpoint that hands the member's solver the block sums its units reported (their
     * {@code summary.json}, in block order), at time 0 with no output emitted.
     *
     * @param outputs the member's output times
     */
    static Checkpoint seed(RunJob member, List<Path> unitSummaries, int outputs)
            throws IOException {
        double[][] perOutput = new double[outputs][0];
        double[] shape = null;
        int blocks = 0;
        for (Path summary : unitSummaries) {
            JsonNode results = Json.MAPPER.readTree(summary.toFile()).path("solver_results");
            shape = numbers(results.path(UNIT_SHAPE), summary);
            blocks = Math.max(blocks, (int) shape[1]);
            for (int k = 0; k < outputs; k++) {
                double[] add = numbers(results.path(UNIT_SUMS + k), summary);
                double[] both = Arrays.copyOf(perOutput[k], perOutput[k].length + add.length);
                System.arraycopy(add, 0, both, perOutput[k].length, add.length);
                perOutput[k] = both;
            }
        }
        int length = perOutput[0].length;
        double[] sums = new double[outputs * length];
        for (int k = 0; k < outputs; k++) {
            System.arraycopy(perOutput[k], 0, sums, k * length, length);
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("replay-shape", new double[] {outputs, blocks, shape[2], shape[3]});
        arrays.put("replay", sums);
        EvolvingSolver solver = (EvolvingSolver) member.solver();
        return new Checkpoint(solver.name(), solver.stateVersion(), 0, 0, arrays);
    }

    private static double[] numbers(JsonNode a, Path file) {
        if (!a.isArray()) {
            throw new IllegalStateException(file + " holds no block sums of a work unit");
        }
        double[] x = new double[a.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = a.get(j).asDouble();
        }
        return x;
    }
}
