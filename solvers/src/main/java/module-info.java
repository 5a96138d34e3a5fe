/**
 * Solvers: evolve a problem in time, talking to models only through the framework's SPIs.
 */
module org.rapidity.solvers {
    requires org.rapidity.framework;
    requires commons.math3;
    requires JTransforms;

    exports org.rapidity.solvers.kinetic;
    exports org.rapidity.solvers.ghd;
    exports org.rapidity.solvers.md;
    exports org.rapidity.solvers.hierarchy;
    exports org.rapidity.solvers.relaxation;

    provides org.rapidity.framework.spi.SolverProvider with
            org.rapidity.solvers.kinetic.LandauSolver.Provider,
            org.rapidity.solvers.kinetic.FgrSolver.Provider,
            org.rapidity.solvers.hierarchy.HierarchySolver.Provider,
            org.rapidity.solvers.ghd.GhdSolver.Provider,
            org.rapidity.solvers.md.MdSolver.Provider,
            org.rapidity.solvers.relaxation.RelaxationTimeSolver.Provider;
    provides org.rapidity.framework.spi.TruncationProvider with
            org.rapidity.solvers.hierarchy.HierarchyTruncation.MeanField,
            org.rapidity.solvers.hierarchy.HierarchyTruncation.TwoPoint,
            org.rapidity.solvers.hierarchy.HierarchyTruncation.Kubo,
            org.rapidity.solvers.hierarchy.HierarchyTruncation.ThreePoint;
    provides org.rapidity.framework.spi.Benchmark with
            org.rapidity.solvers.kinetic.KineticBenchmark,
            org.rapidity.solvers.kinetic.FgrBenchmark,
            org.rapidity.solvers.kinetic.InterTubeBenchmark,
            org.rapidity.solvers.hierarchy.HierarchyBenchmark,
            org.rapidity.solvers.ghd.GhdBenchmark,
            org.rapidity.solvers.ghd.GhdCostBenchmark,
            org.rapidity.solvers.md.MdBenchmark;
    provides org.rapidity.framework.spi.ObservableProvider with
            org.rapidity.solvers.kinetic.FgrVersusLandau,
            org.rapidity.solvers.kinetic.ThermalisationRate,
            org.rapidity.solvers.kinetic.LandauKurtosisRate,
            org.rapidity.solvers.md.DiagnosticsObservable;
}
