/**
 * The rapidity command line: reads descriptors, resolves the components they name through
 * ServiceLoader (plugins included), wires them with Guice and writes results. Compiles only
 * against the framework; models and solvers arrive as service providers.
 */
module org.rapidity.runner {
    requires org.rapidity.framework;
    requires com.google.guice;
    requires com.google.common;
    requires jakarta.inject;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires xchart;
    requires java.desktop;

    exports org.rapidity.runner;
    exports org.rapidity.runner.bench;
    exports org.rapidity.runner.descriptor;
    exports org.rapidity.runner.engine;
    exports org.rapidity.runner.ensemble;
    exports org.rapidity.runner.figure;
    exports org.rapidity.runner.output;
    exports org.rapidity.runner.plugins;
    exports org.rapidity.runner.run;
    exports org.rapidity.runner.wiring;

    opens org.rapidity.runner to com.google.guice, info.picocli;
    opens org.rapidity.runner.wiring to com.google.guice;
    opens org.rapidity.runner.run to com.google.guice;
}
