/**
 * The gapped XXZ spin-1/2 chain (Δ = cosh η > 1) in Takahashi's string description, as a rapidity
 * plugin built outside the rapidity reactor: the model, its magnetisation observable and a
 * temperature-bipartition initial state.
 */
module org.rapidity.examples.xxz {
    requires org.rapidity.framework;

    exports org.rapidity.examples.xxz;

    provides org.rapidity.framework.spi.ModelProvider with
            org.rapidity.examples.xxz.XxzGappedProvider;
    provides org.rapidity.framework.spi.ObservableProvider with
            org.rapidity.examples.xxz.Magnetisation;
    provides org.rapidity.framework.spi.InitialStateProvider with
            org.rapidity.examples.xxz.TemperatureBipartition;
}
