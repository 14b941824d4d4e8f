package warta.cli;

import dev.langchain4j.model.chat.ChatModel;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import warta.core.model.ModelConfig;

/** One run of {@code warta} with captured output, as a test sees it. */
record CliRun(int exitCode, String out, String err) {

    /** No environment, a config file that does not exist, and no model: any model request fails the test. */
    static final CliContext QUIET = new CliContext(
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            Path.of("/nonexistent/warta/config.properties"),
            (config, inner, files) -> {
                throw new AssertionError("this test must not make a model");
            },
            (config, files) -> {},
            false);

    static CliRun of(String... args) {
        return in(QUIET, args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return in(
                new CliContext(
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        QUIET.env(),
                        QUIET.configFile(),
                        QUIET.models(),
                        QUIET.probe(),
                        false),
                args);
    }

    static CliRun withModel(Function<ModelConfig, ChatModel> models, String... args) {
        return in(context(models), args);
    }

    /** A context whose model is {@code models}' answer, with any inner layer (a batch's limiter) around it. */
    static CliContext context(Function<ModelConfig, ChatModel> models) {
        return new CliContext(
                QUIET.stdin(),
                QUIET.env(),
                QUIET.configFile(),
                (config, inner, files) -> inner.apply(models.apply(config)),
                QUIET.probe(),
                false);
    }

    static CliRun in(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run whose standard output is {@code out} (a broken one, say); {@link #out()} is then empty. */
    static CliRun writingTo(PrintWriter out, CliContext context, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(context, out, new PrintWriter(err), args);
        return new CliRun(code, "", err.toString());
    }
}
