package warta.core.error;

/**
 * How the person who reads a message changes a setting, so that the advice in a message names
 * what they can set: the CLI names its flags ({@code --chunk-tokens}), the server its environment
 * variables and properties ({@code WARTA_BASE_URL}, {@code warta.chunk-tokens}). A message with
 * such advice is made with a wording ({@link WartaException#WartaException(java.util.function.Function,
 * Throwable)}), and a front end asks for it in its own terms with {@link WartaException#message};
 * {@link Throwable#getMessage()} is the wording in {@link #FLAGS}.
 *
 * <p>Keys are the settings' config keys, as {@code warta.core.model.ModelConfigResolver} reads
 * them ({@code provider}, {@code model}, {@code base-url}, {@code timeout}, {@code concurrency},
 * {@code context-tokens} ...), and {@code chunk-tokens}, {@code max-bytes} (the most bytes an input
 * may have), {@code model-file} (the in-process model's GGUF file) and {@code offline} (never
 * download a model).
 */
public interface SettingNames {

    /** The command line's: {@code --KEY}. */
    SettingNames FLAGS = new SettingNames() {
        @Override
        public String name(String key) {
            return "--" + key;
        }

        @Override
        public String assign(String key, String value) {
            return "--" + key + " " + value;
        }
    };

    /**
     * How the reader refers to the setting {@code key} ({@code --base-url}, {@code WARTA_BASE_URL}),
     * or null when they have no such setting (a server that is never offline).
     */
    String name(String key);

    /** How the reader gives {@code key} the value {@code value}: {@code --provider ollama}, {@code WARTA_PROVIDER=ollama}. */
    default String assign(String key, String value) {
        return name(key) + "=" + value;
    }
}
