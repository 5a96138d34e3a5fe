package org.rapidity.framework.spi;

import java.util.Map;

/**
 * An observable that also summarises its whole time series at the end of a run, e.g. the
 * thermalisation time fitted to {@code log DT(t)} (gBBGKY paper, eq. (84)). The entries go to
 * {@code summary.json}.
 */
public interface SeriesSummary {

    /**
     * @param times output times, increasing
     * @param values {@code values[c][t]}: column {@code c} of the observable at time index t
     * @return named results (non-finite values are written as null)
     */
    Map<String, Double> summarize(double[] times, double[][] values);
}
