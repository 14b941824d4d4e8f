package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GrammarCacheTest {

    @Test
    void should_make_each_grammar_once_and_keep_only_those_used_last() {
        AtomicInteger made = new AtomicInteger();
        GrammarCache cache = new GrammarCache(schema -> {
            made.incrementAndGet();
            return "grammar of " + schema;
        });

        assertThat(cache.get("a")).isEqualTo("grammar of a");
        assertThat(cache.get("a")).isEqualTo("grammar of a");
        assertThat(made).hasValue(1);
        for (int i = 0; i < 100; i++) {
            cache.get("schema " + i);
            cache.get("a"); // used last, so kept
        }

        assertThat(cache.size()).isEqualTo(GrammarCache.MAX_ENTRIES);
        assertThat(made).hasValue(101);
        cache.get("a");
        assertThat(made).as("the grammar used last is still kept").hasValue(101);
        cache.get("schema 0");
        assertThat(made).as("an old one was let go and is made again").hasValue(102);
    }
}
