package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;

/**
 * Output times of an evolution, in the model's time unit: {@code {"end": 2000, "outputs": 100}}
 * (linear spacing, {@code t = 0} included), {@code {"end": 2000, "outputs": 60, "spacing": "log",
 * "first": 1}} (0, then geometric from {@code first} to {@code end}), or {@code {"at": [0, 1, 10]}}.
 *
 * @param times the output times, strictly increasing, the last one the end time
 */
public record TimesSpec(double[] times) {

    /** Defensive copy. */
    public TimesSpec {
        times = times.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /** Linearly spaced: {@code outputs + 1} times from 0 to {@code end}. */
    static TimesSpec linear(double end, int outputs) {
        double[] t = new double[outputs + 1];
        for (int k = 0; k <= outputs; k++) {
            t[k] = end * k / outputs;
        }
        t[outputs] = end;
        return new TimesSpec(t);
    }

    /** 0, then {@code outputs} times geometrically spaced from {@code first} to {@code end}. */
    static TimesSpec logarithmic(double first, double end, int outputs) {
        double[] t = new double[outputs + 1];
        for (int k = 0; k < outputs; k++) {
            t[k + 1] = outputs == 1 ? end
                    : first * Math.pow(end / first, k / (double) (outputs - 1));
        }
        t[outputs] = end;
        return new TimesSpec(t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimesSpec && Arrays.equals(((TimesSpec) o).times, times);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "TimesSpec" + Arrays.toString(times);
    }

    /** The descriptor's {@code times} section ({@link DescriptorReader#TIMES}). */
    static TimesSpec read(JsonNode node) {
        Parameters p = Parameters.validate("times", DescriptorReader.TIMES,
                DescriptorFields.fields("times", node, "{\"end\": 100, \"outputs\": 50}"));
        if (p.has("at")) {
            if (p.has("end") || p.has("first")) {
                throw new InvalidInputException("times.at", "give either times.at or"
                        + " times.end (with outputs, spacing, first), not both");
            }
            double[] at = p.reals("at");
            for (int i = 1; i < at.length; i++) {
                if (!(at[i] > at[i - 1])) {
                    throw new InvalidInputException("times.at", "times must increase strictly");
                }
            }
            return new TimesSpec(at);
        }
        if (!p.has("end")) {
            throw new InvalidInputException("times.end", "required parameter is missing (end"
                    + " time; or give explicit times.at)");
        }
        double end = p.real("end");
        int outputs = p.integer("outputs");
        if (p.text("spacing").equals("log")) {
            double first = p.has("first") ? p.real("first") : end / 1000;
            if (!(first < end)) {
                throw new InvalidInputException("times.first", "must be below times.end ("
                        + Parameters.format(end) + "), got " + Parameters.format(first));
            }
            return TimesSpec.logarithmic(first, end, outputs);
        }
        if (p.has("first")) {
            throw new InvalidInputException("times.first", "only used with \"spacing\": \"log\"");
        }
        return TimesSpec.linear(end, outputs);
    }
}
