package org.rapidity.models.liebliniger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.rapidity.framework.observables.HalfMaximum;
import org.rapidity.framework.observables.ParameterisedObservable;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.FieldOutput;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.TrapRelease;
import org.rapidity.framework.tba.Profile;

/**
 * {@code time-of-flight}: the strings paper's release energies and momentum distribution as the
 * experiment measures them (Supplementary note 2): at each snapshot the trap is switched off with
 * the coupling held and the cloud expands in 1D for {@code t_1D} (the solver's
 * {@link TrapRelease}: GHD), then the strings break and the atoms fly freely for {@code t_3D}
 * ({@link FreeFlight}: (S2), (S12)-(S13)). The second moment {@code ⟨z²⟩ = ∫z²d/N} of the axial
 * profile over the 1D scan (at fixed {@code t_3D}) and over the 3D scan (at fixed {@code t_1D}) is
 * fitted as {@code a(t + t_fix)² + b} ({@link ExpansionFit}), and {@code E = m a/2}. The
 * momentum distribution is the profile at ({@code t_1D}, {@code t_3D}) of the momentum image,
 * {@code p = m z/(t_1D + t_3D)} (wavenumber {@code z/(2(t_1D + t_3D))} with ħ = 2m = 1).
 *
 * <p>Columns: the fitted release energies per atom {@code release-energy-1d-tof},
 * {@code release-energy-3d-tof} (model energy units) and in Hz; their difference from the
 * asymptotic (S3) values of {@link ReleaseEnergies} ({@code release-energy-1d-tof-minus-s3_Hz},
 * {@code release-energy-3d-tof-minus-s3_Hz}); the FWHM (1/μm) and the peak (atoms per μm⁻¹) of
 * the momentum image {@code tof-momentum-fwhm}, {@code tof-momentum-peak}; the change of the atom
 * number and of the energy {@code U} through the 1D expansion to its last time,
 * {@code tof-atoms-drift} (relative) and {@code tof-energy-drift} (relative to {@code N𝓔_3D}, the
 * sum of the centre-of-mass and binding energies: {@code U = N(⟨E_com⟩ - ⟨E_b⟩)} itself can be
 * near zero in the attractive gas); GHD conserves both; the binding energy per atom as the
 * experiment measures it, {@code 𝓔_3D − 𝓔_1D} of the fits ({@code binding-energy-tof}, and in
 * Hz), and the {@code n*} it implies, {@code n-star-tof} (main text after Fig. 2). Field:
 * {@code tof-momentum-distribution}. The fitted energies are linear in the profiles (each
 * {@code ⟨z²⟩} is normalised by the snapshot's atom number), so their atom-weighted mean over
 * tubes is the fit of the tube-summed profiles.
 */
public final class TimeOfFlight implements ObservableProvider {

    @Override
    public String name() {
        return "time-of-flight";
    }

    @Override
    public String description() {
        return "1D expansion (trap off, c held; GHD) then 3D free flight with strings broken by"
                + " C_n (strings paper (S2), (S12)-(S13)): release energies fitted as the"
                + " experiment does, a(t + t_fix)² + b, and the momentum distribution after"
                + " time of flight with its FWHM";
    }

    /** An expansion per snapshot: only when a descriptor names it. */
    @Override
    public boolean byDefault() {
        return false;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.reals("t_1d_ms", "1D expansion times of the 1D scan (ms)", "ms")
                        .atLeast(0).withDefault(List.of(6.0, 7.0, 8.0, 9.0, 10.0, 11.0)),
                ParameterSpec.real("t_3d_fixed_ms", "3D time of the 1D scan (ms)", "ms")
                        .atLeast(0).withDefault(20.4),
                ParameterSpec.reals("t_3d_ms", "3D flight times of the 3D scan (ms)", "ms")
                        .atLeast(0).withDefault(List.of(18.0, 23.0, 28.0, 33.0, 38.0, 43.0)),
                ParameterSpec.real("t_1d_fixed_ms", "1D time of the 3D scan (ms)", "ms")
                        .atLeast(0).withDefault(8.0),
                ParameterSpec.real("momentum_t_1d_ms", "1D time of the momentum image (ms)",
                        "ms").atLeast(0).withDefault(10.0),
                ParameterSpec.real("momentum_t_3d_ms", "3D time of the momentum image (ms)",
                        "ms").above(0).withDefault(46.3),
                ParameterSpec.integer("points", "bins of the axial profile of the momentum"
                        + " image").atLeast(16).atMost(100_000).withDefault(1000));
    }

    @Override
    public Observable create(Parameters p) {
        double[] scan1 = p.reals("t_1d_ms");
        double[] scan3 = p.reals("t_3d_ms");
        for (String f : List.of("t_1d_ms", "t_3d_ms")) {
            double[] t = p.reals(f);
            if (t.length < 2 || Arrays.stream(t).distinct().count() != t.length) {
                throw new InvalidInputException(p.field(f), "a scan needs at least two distinct"
                        + " times to fit a(t + t_fix)² + b; got " + Arrays.toString(t));
            }
        }
        return new Flight(name(), scan1, p.real("t_3d_fixed_ms"), scan3,
                p.real("t_1d_fixed_ms"), p.real("momentum_t_1d_ms"),
                p.real("momentum_t_3d_ms"), p.integer("points"));
    }

    /**
     * {@code n*} as the experiment infers it (main text after Fig. 2): its inset's
     * {@code ⟨E_b⟩} is obtained "via {@code 𝓔_3D − 𝓔_1D}", the fitted release energies, and
     * {@code n*} is the largest n with {@code ⟨E_b⟩ ≥ E_b,n/n} ({@link StringBinding#nStar}).
     * On the repulsive side there are no strings ({@code n* = 1}) although the fits differ by
     * the finite expansion.
     *
     * @param measuredBinding {@code 𝓔_3D − 𝓔_1D} of the fits, energy units (ħ = 2m = 1)
     * @param c the coupling held during the expansion
     */
    static double nStarMeasured(double measuredBinding, double c) {
        return c > 0 ? 1 : StringBinding.nStar(measuredBinding, c);
    }

    /** What one snapshot gives: the columns and the momentum image. */
    record Result(double[] columns, MomentumDistribution.Curve momentum) {
    }

    static final class Flight extends ParameterisedObservable implements FieldOutput {
        private final double[] scan1;
        private final double fixed3;
        private final double[] scan3;
        private final double fixed1;
        private final double momentum1;
        private final double momentum3;
        private final int points;

        Flight(String name, double[] scan1, double fixed3, double[] scan3, double fixed1,
                double momentum1, double momentum3, int points) {
            super(name, List.of("release-energy-1d-tof", "release-energy-3d-tof",
                    "release-energy-1d-tof_Hz", "release-energy-3d-tof_Hz",
                    "release-energy-1d-tof-minus-s3_Hz", "release-energy-3d-tof-minus-s3_Hz",
                    "tof-momentum-fwhm", "tof-momentum-peak", "tof-atoms-drift",
                    "tof-energy-drift", "binding-energy-tof", "binding-energy-tof_Hz",
                    "n-star-tof"),
                    "energy per atom and Hz; 1/μm; atoms per μm⁻¹; relative");
            this.scan1 = scan1.clone();
            this.fixed3 = fixed3;
            this.scan3 = scan3.clone();
            this.fixed1 = fixed1;
            this.momentum1 = momentum1;
            this.momentum3 = momentum3;
            this.points = points;
        }

        @Override
        public Class<?> requires() {
            return TrapRelease.class;
        }

        @Override
        public boolean appliesTo(IntegrableModel model) {
            return whyNot(model).isEmpty();
        }

        @Override
        public Optional<String> whyNot(IntegrableModel model) {
            if (!(model instanceof LiebLiniger)) {
                return Optional.of("the Lieb-Liniger gas (C_n of its Bethe strings)");
            }
            if (((LiebLiniger) model).atomicUnits().isEmpty()) {
                return Optional.of("an atom (model.atom, e.g. 133Cs): expansion times are in"
                        + " ms");
            }
            return Optional.empty();
        }

        @Override
        public double[] evaluate(Snapshot snapshot) {
            return result(snapshot).columns();
        }

        @Override
        public List<Field> fields(Snapshot snapshot) {
            MomentumDistribution.Curve c = result(snapshot).momentum();
            return List.of(Field.profile("tof-momentum-distribution", "momentum distribution"
                    + " after time of flight, p = mz/(t_1D + t_3D)", "p", c.p(), "f(p)",
                    c.values()));
        }

        Result result(Snapshot snapshot) {
            Profile p = snapshot.view(Profile.class).orElseThrow(() -> new InvalidInputException(
                    "observables", name() + " needs a cloud (a Profile view, e.g. solver ghd)"));
            TrapRelease release = snapshot.view(TrapRelease.class).orElseThrow(() ->
                    new InvalidInputException("observables", name() + " needs a solver that can"
                            + " release the trap (ghd)"));
            AtomicUnits u = ((LiebLiniger) p.model()).atomicUnits().orElseThrow(() ->
                    new InvalidInputException("model.atom", name() + " needs an atom: its times"
                            + " are in ms"));
            TreeSet<Double> all = new TreeSet<>();
            for (double t : scan1) {
                all.add(t);
            }
            all.add(fixed1);
            all.add(momentum1);
            double[] ms = all.stream().mapToDouble(Double::doubleValue).toArray();
            double[] times = new double[ms.length];
            for (int k = 0; k < ms.length; k++) {
                times[k] = u.timeFromMilliseconds(ms[k]);
            }
            List<Profile> expanded = release.expand(times);
            double atoms = p.particleNumber();
            // 1D scan at fixed t_3D
            double t3 = u.timeFromMilliseconds(fixed3);
            double[] t1 = new double[scan1.length];
            double[] z2 = new double[scan1.length];
            for (int k = 0; k < scan1.length; k++) {
                t1[k] = u.timeFromMilliseconds(scan1[k]);
                FreeFlight.PhaseSpace ps = FreeFlight.of(expanded.get(Arrays.binarySearch(ms,
                        scan1[k])));
                z2[k] = FreeFlight.moments(ps, t3)[2] / atoms;
            }
            double e1 = ExpansionFit.releaseEnergy(ExpansionFit.fixed(t1, z2, t3));
            // 3D scan at fixed t_1D
            FreeFlight.PhaseSpace at1 = FreeFlight.of(expanded.get(Arrays.binarySearch(ms,
                    fixed1)));
            double[] t3s = new double[scan3.length];
            double[] y3 = new double[scan3.length];
            for (int k = 0; k < scan3.length; k++) {
                t3s[k] = u.timeFromMilliseconds(scan3[k]);
                y3[k] = FreeFlight.moments(at1, t3s[k])[2] / atoms;
            }
            double e3 = ExpansionFit.releaseEnergy(ExpansionFit.fixed(t3s, y3,
                    u.timeFromMilliseconds(fixed1)));
            // the momentum image
            double tm1 = u.timeFromMilliseconds(momentum1);
            double tm3 = u.timeFromMilliseconds(momentum3);
            FreeFlight.AxialProfile d = FreeFlight.profile(FreeFlight.of(expanded.get(
                    Arrays.binarySearch(ms, momentum1))), tm3, points);
            double scale = 2 * (tm1 + tm3); // z = 2(t_1D + t_3D) p
            double[] pp = new double[d.z().length];
            double[] f = new double[pp.length];
            double peak = 0;
            for (int j = 0; j < pp.length; j++) {
                pp[j] = d.z()[j] / scale;
                f[j] = d.density()[j] * scale;
                peak = Math.max(peak, f[j]);
            }
            double fwhm = HalfMaximum.fullWidth(pp, f);
            Profile last = expanded.get(expanded.size() - 1);
            double u0 = p.internalEnergy();
            double[] s3 = ReleaseEnergies.values(p.space(), p.integratedDensity());
            double e1Hz = u.energyToHertz(e1);
            double e3Hz = u.energyToHertz(e3);
            double[] columns = {e1, e3, e1Hz, e3Hz, e1Hz - s3[3], e3Hz - s3[4], fwhm, peak,
                (last.particleNumber() - atoms) / atoms,
                (last.internalEnergy() - u0) / (atoms * s3[1]), e3 - e1, e3Hz - e1Hz,
                nStarMeasured(e3 - e1, ((LiebLiniger) p.model()).coupling())};
            return new Result(columns, new MomentumDistribution.Curve(pp, f));
        }
    }
}
