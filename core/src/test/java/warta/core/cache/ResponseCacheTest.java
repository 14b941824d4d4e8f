package warta.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.testing.FakeModel;
import warta.core.usage.UsageMeter;

class ResponseCacheTest {

    private static final ModelConfig CONFIG =
            ModelConfig.builder().provider(Provider.OPENAI).model("fake").build();

    @TempDir
    Path dir;

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().messages(UserMessage.from(text)).build();
    }

    private static FakeModel echo() {
        return FakeModel.answering(request -> "EN: " + FakeModel.lastUser(request));
    }

    private static ChatResponse answer(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
    }

    private Path fileOf(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    @Test
    void should_ask_the_model_once_for_the_same_request() {
        FakeModel model = echo();
        ChatModel cached = new ResponseCache(dir, 1 << 20).around(model, CONFIG, true);

        ChatResponse first = cached.chat(ask("Banjir di Jakarta."));
        ChatResponse second = cached.chat(ask("Banjir di Jakarta."));

        assertThat(model.requests()).hasSize(1);
        assertThat(second.aiMessage().text())
                .isEqualTo(first.aiMessage().text())
                .isEqualTo("EN: Banjir di Jakarta.");
        assertThat(second.id()).isEqualTo(UsageMeter.CACHED_RESPONSE_ID);
        assertThat(first.id()).isNotEqualTo(UsageMeter.CACHED_RESPONSE_ID);
    }

    @Test
    void should_ask_again_and_replace_the_answer_when_told_not_to_read() {
        ResponseCache cache = new ResponseCache(dir, 1 << 20);
        cache.around(FakeModel.answering(r -> "lama"), CONFIG, true).chat(ask("Gempa."));
        FakeModel fresh = FakeModel.answering(r -> "baru");

        assertThat(cache.around(fresh, CONFIG, false)
                        .chat(ask("Gempa."))
                        .aiMessage()
                        .text())
                .isEqualTo("baru");
        assertThat(fresh.requests()).hasSize(1);
        assertThat(cache.around(echo(), CONFIG, true)
                        .chat(ask("Gempa."))
                        .aiMessage()
                        .text())
                .isEqualTo("baru");
    }

    @Test
    void should_take_a_torn_corrupt_or_foreign_file_for_a_miss() throws Exception {
        ResponseCache cache = new ResponseCache(dir, 1 << 20);
        String key = CacheKey.of(CONFIG, ask("Banjir."));
        Files.createDirectories(fileOf(key).getParent());

        for (String content : List.of("{\"text\":\"EN: Ban", "\u0000\u0001garbage", "{}", "{\"text\":42}", "[]", "")) {
            Files.writeString(fileOf(key), content, StandardCharsets.UTF_8);
            assertThat(cache.get(key)).as(content).isEmpty();
        }
        FakeModel model = echo();
        assertThat(cache.around(model, CONFIG, true)
                        .chat(ask("Banjir."))
                        .aiMessage()
                        .text())
                .isEqualTo("EN: Banjir.");
        assertThat(cache.get(key)).isPresent();
    }

    @Test
    void should_evict_the_least_recently_used_answer_first() throws Exception {
        String text = "x".repeat(100); // each file is {"text":"xxx..."}: 111 bytes
        ResponseCache cache = new ResponseCache(dir, 400, Runnable::run);
        Instant now = Instant.now();
        int age = 300;
        for (String key : List.of("aa01", "bb02", "cc03")) {
            cache.put(key, answer(text));
            Files.setLastModifiedTime(fileOf(key), FileTime.from(now.minusSeconds(age)));
            age -= 100;
        }

        assertThat(cache.get("aa01")).isPresent(); // used: now the newest
        cache.put("dd04", answer(text)); // 444 bytes > 400: down to 90%, the oldest first

        assertThat(cache.get("bb02")).isEmpty();
        assertThat(cache.get("aa01")).isPresent();
        assertThat(cache.get("cc03")).isPresent();
        assertThat(cache.get("dd04")).isPresent();
    }

    @Test
    void should_stay_within_its_bound() {
        ResponseCache cache = new ResponseCache(dir, 2_000, Runnable::run);
        for (int i = 0; i < 100; i++) {
            cache.put("%04x".formatted(i), answer("jawaban " + i + " ".repeat(50)));
        }

        CacheStats stats = cache.stats();
        assertThat(stats.bytes()).isPositive().isLessThanOrEqualTo(2_000);
        assertThat(stats.entries()).isBetween(10, 40);
        assertThat(cache.get("%04x".formatted(99))).isPresent();
    }

    @Test
    void should_keep_a_folder_that_two_processes_write_near_its_bound() {
        ResponseCache one = new ResponseCache(dir, 2_000, Runnable::run);
        ResponseCache two = new ResponseCache(dir, 2_000, Runnable::run);
        long most = 0;
        for (int i = 0; i < 100; i++) {
            one.put("%04x".formatted(2 * i), answer("jawaban " + i + " ".repeat(50)));
            two.put("%04x".formatted(2 * i + 1), answer("jawaban " + i + " ".repeat(50)));
            most = Math.max(most, one.stats().bytes());
        }

        assertThat(most)
                .as("each may pass the bound by a tenth of it, not by a bound of its own")
                .isLessThan(2_500);
    }

    @Test
    void should_not_make_a_writer_wait_for_a_scan_or_an_eviction() {
        List<Runnable> tasks = new ArrayList<>();
        ResponseCache cache = new ResponseCache(dir, 300, tasks::add);

        cache.put("aa01", answer("x".repeat(100))); // the size is unknown: one scan
        cache.put("bb02", answer("x".repeat(100))); // still scanning: no second task
        assertThat(tasks).hasSize(1);
        tasks.removeFirst().run(); // 222 bytes, under the bound of 300: nothing deleted
        assertThat(cache.stats().bytes()).isLessThanOrEqualTo(270);
        cache.put("cc03", answer("x".repeat(100)));
        cache.put("ee05", answer("x".repeat(100)));
        assertThat(tasks).as("over the bound: one task, however many writes").hasSize(1);
        assertThat(cache.stats().entries())
                .as("nothing deleted before the task runs")
                .isEqualTo(4);

        tasks.removeFirst().run();

        assertThat(cache.stats().bytes()).isLessThanOrEqualTo(270);
        cache.put("dd04", answer("x".repeat(10)));
        assertThat(tasks).as("under the bound again: no scan").isEmpty();
    }

    @Test
    void should_report_and_clear_what_it_holds() throws Exception {
        ResponseCache cache = new ResponseCache(dir, 1 << 20);
        CacheStats empty = cache.stats();
        assertThat(empty.entries()).isZero();
        assertThat(empty.oldestUse()).isNull();

        cache.put("aa01", answer("satu"));
        cache.put("bb02", answer("dua"));
        Files.setLastModifiedTime(fileOf("aa01"), FileTime.from(Instant.parse("2024-01-17T00:00:00Z")));
        CacheStats stats = cache.stats();

        assertThat(stats.entries()).isEqualTo(2);
        assertThat(stats.bytes()).isEqualTo(Files.size(fileOf("aa01")) + Files.size(fileOf("bb02")));
        assertThat(stats.maxBytes()).isEqualTo(1 << 20);
        assertThat(stats.oldestUse()).isEqualTo(Instant.parse("2024-01-17T00:00:00Z"));
        assertThat(stats.newestUse()).isAfter(stats.oldestUse());
        assertThat(cache.clear()).isEqualTo(2);
        assertThat(cache.stats().entries()).isZero();
        assertThat(cache.get("bb02")).isEmpty();
    }

    @Test
    void should_delete_a_temporary_file_a_crash_left_once_it_is_an_hour_old() throws Exception {
        ResponseCache cache = new ResponseCache(dir, 1 << 20);
        cache.put("aa01", answer("satu"));
        Path stale = Files.writeString(dir.resolve("aa").resolve(".aa02.json123.tmp"), "{\"te");
        Path fresh = Files.writeString(dir.resolve("aa").resolve(".aa03.json456.tmp"), "{\"te");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(7200)));

        assertThat(cache.stats().entries()).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void should_be_shared_safely_by_two_caches_on_one_folder() throws Exception {
        ResponseCache one = new ResponseCache(dir, 3_000, Runnable::run);
        ResponseCache two = new ResponseCache(dir, 3_000, Runnable::run);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                ResponseCache cache = t % 2 == 0 ? one : two;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String key = "%04x".formatted(i % 60);
                        Optional<ChatResponse> hit = cache.get(key);
                        hit.ifPresent(r -> assertThat(r.aiMessage().text()).isEqualTo("jawaban " + key));
                        if (hit.isEmpty()) {
                            cache.put(key, answer("jawaban " + key));
                        }
                        if (i % 50 == 49) {
                            cache.clear();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        one.put("ffff", answer("dari satu"));
        assertThat(two.get("ffff")).map(r -> r.aiMessage().text()).contains("dari satu");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")))
                    .isEmpty();
        }
    }

    @Test
    void should_answer_without_keeping_anything_when_the_folder_cannot_be_written() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "bukan folder");
        FakeModel model = echo();
        ChatModel cached = new ResponseCache(notAFolder.resolve("responses"), 1 << 20).around(model, CONFIG, true);

        assertThat(cached.chat(ask("Banjir.")).aiMessage().text()).isEqualTo("EN: Banjir.");
        assertThat(cached.chat(ask("Banjir.")).aiMessage().text()).isEqualTo("EN: Banjir.");
        assertThat(model.requests()).hasSize(2);
        assertThat(new ResponseCache(notAFolder, 1).stats().entries()).isZero();
    }
}
