package warta.bench.sim;

import java.time.Duration;

/** Reads {@link SimulatedModelServer#main}'s options into a builder. */
final class ServerOptions {

    static final String USAGE = "usage: SimulatedModelServer [--port N] [--latency MS] [--per-token MS] [--cap N]"
            + " [--retry-after S] [--rate-429 P] [--rate-500 P] [--rate-hang P] [--rate-truncated P]"
            + " [--hang-for MS] [--seed N] [--llama-ctx N [--slots N]]";

    private ServerOptions() {}

    /**
     * The builder {@code args} describe; settings are checked when it builds.
     *
     * @throws IllegalArgumentException naming the unknown option, the missing value or the unreadable one
     */
    static SimulatedModelServer.Builder parse(String[] args) {
        SimulatedModelServer.Builder builder = SimulatedModelServer.builder();
        int[] llama = {0, 1};
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            if (option.equals("--llama-ctx") || option.equals("--slots")) {
                llama[option.equals("--slots") ? 1 : 0] = number(option, args[i + 1]);
            } else {
                apply(builder, option, args[i + 1]);
            }
        }
        if (llama[0] == 0 && llama[1] != 1) {
            throw new IllegalArgumentException("--slots needs --llama-ctx");
        }
        return builder.llamaServer(llama[0], llama[1]);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + option + ": not a number: " + value);
        }
    }

    private static void apply(SimulatedModelServer.Builder builder, String option, String value) {
        try {
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--latency" -> builder.latencyPerRequest(Duration.ofMillis(Long.parseLong(value)));
                case "--per-token" ->
                    builder.latencyPerOutputToken(Duration.ofNanos(Math.round(Double.parseDouble(value) * 1e6)));
                case "--cap" -> builder.concurrencyCap(Integer.parseInt(value));
                case "--retry-after" -> builder.retryAfterSeconds(Integer.parseInt(value));
                case "--rate-429" -> builder.rate429(Double.parseDouble(value));
                case "--rate-500" -> builder.rate500(Double.parseDouble(value));
                case "--rate-hang" -> builder.rateHang(Double.parseDouble(value));
                case "--rate-truncated" -> builder.rateTruncated(Double.parseDouble(value));
                case "--hang-for" -> builder.hangFor(Duration.ofMillis(Long.parseLong(value)));
                case "--seed" -> builder.seed(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + option + ": not a number: " + value);
        }
    }
}
