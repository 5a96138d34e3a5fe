package org.rapidity.framework.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.net.URI;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Named;

/**
 * The providers of one SPI found by {@link ServiceLoader}, indexed by their names (after Lucene's
 * {@code NamedSPILoader}). An unknown name fails with the list of names available and, when one
 * is close, a suggestion.
 *
 * @param <P> the provider type
 */
public final class NamedServices<P extends Named> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final String category;
    private final Map<String, P> byName;

    private NamedServices(String category, Map<String, P> byName) {
        this.category = category;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Loads every provider of {@code type} visible from {@code layer} (and its parents), or from
     * the boot layer and class path when {@code layer} is null.
     *
     * @param category what the providers are, for messages ("model", "solver", …)
     * @throws IllegalStateException if two providers share a name or a name is malformed
     */
    public static <P extends Named> NamedServices<P> load(Class<P> type, String category,
            ModuleLayer layer) {
        ServiceLoader<P> loader = layer == null ? ServiceLoader.load(type)
                : ServiceLoader.load(layer, type);
        List<P> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<P>> it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<P> provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("cannot load a " + category + " provider: "
                        + e.getMessage(), e);
            }
            try {
                found.add(provider.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                throw new IllegalStateException("cannot load the " + category + " provider "
                        + provider.type().getName() + " from " + source(provider.type()) + ": "
                        + (e.getCause() != null ? e.getCause() : e), e);
            }
        }
        return of(category, found);
    }

    /**
     * Where a provider class comes from: the jar (or folder) of its module, or its module's
     * name when the location is unknown.
     */
    public static String source(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed() && module.getLayer() != null) {
            Optional<URI> where = module.getLayer().configuration().findModule(module.getName())
                    .flatMap(m -> m.reference().location());
            if (where.isPresent()) {
                return "file".equals(where.get().getScheme())
                        ? java.nio.file.Path.of(where.get()).toString() : where.get().toString();
            }
            return "module " + module.getName();
        }
        java.security.CodeSource code = type.getProtectionDomain().getCodeSource();
        return code != null && code.getLocation() != null ? code.getLocation().toString()
                : "the class path";
    }

    /** An index of the given providers (for tests and programmatic use). */
    public static <P extends Named> NamedServices<P> of(String category, List<P> providers) {
        List<P> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparing(Named::name));
        Map<String, P> map = new LinkedHashMap<>();
        for (P p : sorted) {
            String name = p.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalStateException(category + " provider " + p.getClass().getName()
                        + " from " + source(p.getClass()) + " has a malformed name '" + name
                        + "' (need [a-z][a-z0-9-]*)");
            }
            P previous = map.putIfAbsent(name, p);
            if (previous != null && previous.getClass() != p.getClass()) {
                throw new IllegalStateException("two " + category + "s are named '" + name
                        + "': " + previous.getClass().getName() + " from "
                        + source(previous.getClass()) + " and " + p.getClass().getName()
                        + " from " + source(p.getClass()) + "; remove one of the two jars");
            }
        }
        return new NamedServices<>(category, map);
    }

    /** What these providers are ("model", "solver", …). */
    public String category() {
        return category;
    }

    /** Names available, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Providers, sorted by name. */
    public List<P> all() {
        return List.copyOf(byName.values());
    }

    /** Whether a provider has this name. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /**
     * The provider with this name.
     *
     * @param field descriptor path of the name (e.g. {@code model.name}), for the message
     * @throws InvalidInputException listing the available names if none has this name
     */
    public P get(String field, String name) {
        P p = byName.get(name);
        if (p != null) {
            return p;
        }
        StringBuilder sb = new StringBuilder("unknown ").append(category).append(" '")
                .append(name).append("'; available: ");
        sb.append(byName.isEmpty() ? "none (is the plugin on the module path?)"
                : String.join(", ", byName.keySet()));
        String close = closest(name);
        if (close != null) {
            sb.append(" (did you mean '").append(close).append("'?)");
        }
        throw new InvalidInputException(field, sb.toString());
    }

    private String closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : byName.keySet()) {
            int d = distance(name == null ? "" : name.toLowerCase(), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= 2 ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
