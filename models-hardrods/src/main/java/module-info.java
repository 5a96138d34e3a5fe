/**
 * Classical hard rods of length {@code a} and unit mass: the simplest interacting integrable
 * model, with a closed-form TBA (gBBGKY paper, appendix B).
 */
module org.rapidity.models.hardrods {
    requires org.rapidity.framework;
    requires commons.math3;

    exports org.rapidity.models.hardrods;

    provides org.rapidity.framework.spi.ModelProvider with
            org.rapidity.models.hardrods.HardRodsProvider;
}
