package warta.bench.sim;

/**
 * The simulator's rough token count: characters / 4, rounded up. Cheap and consistent, which is
 * all a simulated {@code usage} block and a latency per output token need.
 */
final class Tokens {

    private Tokens() {}

    static int count(String text) {
        return (text.length() + 3) / 4;
    }
}
