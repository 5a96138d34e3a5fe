/**
 * The Lieb-Liniger Bose gas {@code H = -Σ∂² + cΣ_{i≠j}δ(z_i - z_j)} (ħ = 2m = 1): the repulsive
 * gas ({@code c > 0}) with Yang-Yang thermodynamics, the Lieb ground state and Tan's contact; the
 * attractive gas ({@code c < 0}) as a gas of Bethe strings, the map of a repulsive state through
 * {@code c = 0} and the string momentum functions; laboratory units for named atoms.
 */
module org.rapidity.models.liebliniger {
    requires org.rapidity.framework;

    exports org.rapidity.models.liebliniger;

    provides org.rapidity.framework.spi.ModelProvider with
            org.rapidity.models.liebliniger.LiebLinigerProvider;
    provides org.rapidity.framework.spi.InitialStateProvider with
            org.rapidity.models.liebliniger.YangYangStateProvider,
            org.rapidity.models.liebliniger.GroundStateProvider,
            org.rapidity.models.liebliniger.StringRampStateProvider;
    provides org.rapidity.framework.spi.ObservableProvider with
            org.rapidity.models.liebliniger.PairCorrelation,
            org.rapidity.models.liebliniger.StringPopulations,
            org.rapidity.models.liebliniger.ReleaseEnergies,
            org.rapidity.models.liebliniger.MomentumDistribution,
            org.rapidity.models.liebliniger.TimeOfFlight,
            org.rapidity.models.liebliniger.Virial;
    provides org.rapidity.framework.spi.EnsembleProvider with
            org.rapidity.models.liebliniger.TubeLatticeEnsemble;
}
