package warta.core.batch.source;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes the ids of one batch unique, deterministically. The first item with an id keeps it; a
 * later one is prefixed with the parent folder of its relative key ({@code a/berita.txt} becomes
 * {@code a-berita}), else suffixed with a hash of its key, else numbered. Every step depends only
 * on the item's own key and the items before it, so the same arguments over the same tree give the
 * same ids on every run. Holds one string per item so far; not thread-safe.
 */
final class UniqueIds {

    private final Set<String> used = new HashSet<>();

    BatchItem assign(Found found) {
        return found.toItem(claim(found));
    }

    private String claim(Found found) {
        String base = found.id();
        if (used.add(base)) {
            return base;
        }
        String parent = parentOf(found.key());
        String prefixed = parent == null ? null : Ids.safe(Ids.join(Ids.safe(parent), base));
        if (prefixed != null && used.add(prefixed)) {
            return prefixed;
        }
        String hashed = Ids.join(base, Ids.hash(found.key()));
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? hashed : Ids.join(hashed, String.valueOf(n));
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The folder part of a relative, path-like key; null for URLs, absolute paths (which say more
     * about the machine than about the tree) and keys without one.
     */
    private static String parentOf(String key) {
        if (key.contains("://") || key.startsWith("/") || key.startsWith("\\") || key.matches("^[A-Za-z]:.*")) {
            return null;
        }
        String path = key.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        String parent = path.substring(0, slash).replaceAll("^(\\./|/)+", "");
        return parent.isEmpty() || parent.equals(".") ? null : parent;
    }
}
