package org.rapidity.runner.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named component in a descriptor: {@code {"name": "hardrods", "a": 1}} (or just
 * {@code "hardrods"}). The parameters are raw JSON values (numbers, strings, booleans, lists),
 * validated later against the component's declarations.
 *
 * @param path dotted descriptor path of the component, e.g. {@code model} or
 *     {@code observables.1} (the same dotted paths as {@code --set})
 * @param name the component's name
 * @param parameters the other keys and their values
 */
public record ComponentSpec(String path, String name, Map<String, Object> parameters) {

    /** Defensive, unmodifiable copy. */
    public ComponentSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
