package warta.core.digest;

/** Makes digests. */
public final class Digester {

    public DigestPlan plan(DigestInput input) {
        throw new IllegalStateException("the digest is being built");
    }

    public Digest digest(DigestInput input, DigestListener listener) {
        throw new IllegalStateException("the digest is being built");
    }
}
