package warta.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import warta.core.result.ResultFormat;

/** {@code --format text|markdown|json}, as users type it, to core's {@link ResultFormat}. */
final class FormatConverter implements ITypeConverter<ResultFormat> {

    @Override
    public ResultFormat convert(String value) {
        return Arrays.stream(ResultFormat.values())
                .filter(f -> f.id().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(
                        "expected one of " + String.join(", ", new Candidates()) + " but was '" + value + "'"));
    }

    /** The values as users type them: for messages and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ResultFormat.values()).map(ResultFormat::id).iterator();
        }
    }
}
