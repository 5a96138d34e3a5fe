package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The identities that tie each statistics' filling, free energy, factor and entropy together. */
class StatisticsTest {

    static final double[] EPS = {0.05, 0.3, 1.0, 2.5, 7.0};

    @ParameterizedTest
    @EnumSource(Statistics.class)
    void freeEnergyDerivativeIsMinusFilling(Statistics st) {
        for (double e : EPS) {
            double h = 1e-6;
            double d = (st.freeEnergy(e + h) - st.freeEnergy(e - h)) / (2 * h);
            assertEquals(-st.filling(e), d, 1e-8 * Math.max(1, st.filling(e)), st + " at " + e);
        }
    }

    @ParameterizedTest
    @EnumSource(Statistics.class)
    void fillingDerivativeDefinesTheStatisticalFactor(Statistics st) {
        // dn/dε = -n f(n): the relation that makes C = -δρ/δw hold (fixes f = n for waves).
        for (double e : EPS) {
            double h = 1e-6;
            double d = (st.filling(e + h) - st.filling(e - h)) / (2 * h);
            double n = st.filling(e);
            assertEquals(-n * st.factor(n), d, 1e-8 * Math.max(1, n * st.factor(n)),
                    st + " at " + e);
            double hn = 1e-6 * n;
            double df = (st.factor(n + hn) - st.factor(n - hn)) / (2 * hn);
            assertEquals(st.factorDerivative(n), df, 1e-7);
        }
    }

    @ParameterizedTest
    @EnumSource(Statistics.class)
    void pseudoEnergyInvertsFilling(Statistics st) {
        for (double e : EPS) {
            assertEquals(e, st.pseudoEnergy(st.filling(e)), 1e-12 * Math.max(1, e));
        }
    }

    @ParameterizedTest
    @EnumSource(Statistics.class)
    void entropyIsTheLegendrePartnerOfTheFreeEnergy(Statistics st) {
        // ∂(ρ^t σ(ρ/ρ^t))/∂ρ = ε(n) and ∂(ρ^t σ(ρ/ρ^t))/∂ρ^t = F(ε(n))
        double rt = 0.37;
        for (double e : EPS) {
            double n = st.filling(e);
            double rho = n * rt;
            double h = 1e-7 * rho;
            double dRho = (rt * st.entropyPerState((rho + h) / rt)
                    - rt * st.entropyPerState((rho - h) / rt)) / (2 * h);
            assertEquals(e, dRho, 1e-6 * Math.max(1, e), st + " ∂/∂ρ at " + e);
            double hr = 1e-7 * rt;
            double dRt = ((rt + hr) * st.entropyPerState(rho / (rt + hr))
                    - (rt - hr) * st.entropyPerState(rho / (rt - hr))) / (2 * hr);
            assertEquals(st.freeEnergy(e), dRt, 1e-6 * Math.max(1, Math.abs(st.freeEnergy(e))),
                    st + " ∂/∂ρ^t at " + e);
        }
    }
}
