/**
 * A two-dimensional square lattice of one-dimensional tubes (gBBGKY paper §VI): the atoms'
 * species and laboratory units (162Dy), the dipolar interactions of a tilted field split into the
 * contact coupling of each tube (75)-(80) and the inter-tube potentials (78) with their closed-form
 * Fourier transforms, the tube model (a one-tube model found by name, coupled to its neighbours),
 * and the Bragg-split initial state of the dipolar quantum Newton's cradle.
 */
module org.rapidity.models.multitube {
    requires org.rapidity.framework;
    requires commons.math3;

    exports org.rapidity.models.multitube;

    provides org.rapidity.framework.spi.ModelProvider with
            org.rapidity.models.multitube.DipolarTubesProvider;
    provides org.rapidity.framework.spi.InitialStateProvider with
            org.rapidity.models.multitube.BraggSplitStateProvider;
    provides org.rapidity.framework.spi.ObservableProvider with
            org.rapidity.models.multitube.TubeCoupling;
}
