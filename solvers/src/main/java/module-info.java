/**
 * Solvers: evolve a problem in time, talking to models only through the framework's SPIs.
 */
module org.rapidity.solvers {
    requires org.rapidity.framework;
    requires commons.math3;

    exports org.rapidity.solvers.kinetic;
    exports org.rapidity.solvers.ghd;
    exports org.rapidity.solvers.md;

    provides org.rapidity.framework.spi.SolverProvider with
            org.rapidity.solvers.kinetic.LandauSolver.Provider,
            org.rapidity.solvers.kinetic.FgrSolver.Provider,
            org.rapidity.solvers.ghd.GhdSolver.Provider,
            org.rapidity.solvers.md.MdSolver.Provider;
    provides org.rapidity.framework.spi.Benchmark with
            org.rapidity.solvers.kinetic.KineticBenchmark,
            org.rapidity.solvers.kinetic.FgrBenchmark,
            org.rapidity.solvers.ghd.GhdBenchmark,
            org.rapidity.solvers.md.MdBenchmark;
    provides org.rapidity.framework.spi.ObservableProvider with
            org.rapidity.solvers.kinetic.FgrVersusLandau,
            org.rapidity.solvers.md.DiagnosticsObservable;
}
