package warta.core.digest;

/** Renders digests and digest plans. */
public final class DigestWriter {

    private DigestWriter() {}

    public static String render(Digest digest, DigestFormat format) {
        throw new IllegalStateException("the digest is being built");
    }

    public static String planText(DigestPlan plan) {
        throw new IllegalStateException("the digest is being built");
    }

    public static String planJson(DigestPlan plan) {
        throw new IllegalStateException("the digest is being built");
    }
}
