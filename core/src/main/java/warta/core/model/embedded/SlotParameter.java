package warta.core.model.embedded;

import de.kherud.llama.InferenceParameters;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Puts llama.cpp's {@code id_slot} into a request. java-llama.cpp 4.2.0 reads it (its
 * {@code requestCompletion} passes it to the server loop) but {@link InferenceParameters} has no
 * setter for it, so it is written into the parameters' JSON map, a package-private field of the
 * library's {@code JsonParameters}. Fails at the first use, with the reason, on a library version
 * that no longer has that field.
 */
final class SlotParameter {

    private static final Field PARAMETERS = parametersField();

    private SlotParameter() {}

    @SuppressWarnings("unchecked")
    static void set(InferenceParameters parameters, int slot) {
        try {
            ((Map<String, String>) PARAMETERS.get(parameters)).put("id_slot", Integer.toString(slot));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot choose llama.cpp's slot: " + e.getMessage(), e);
        }
    }

    private static Field parametersField() {
        try {
            Field field = InferenceParameters.class.getSuperclass().getDeclaredField("parameters");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(
                    "this java-llama.cpp version has no request parameter map to choose a slot in: " + e, e);
        }
    }
}
