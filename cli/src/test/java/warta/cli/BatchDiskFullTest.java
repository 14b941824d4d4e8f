package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.core.testing.FullDisk;

/** {@code warta batch} on a disk that fills up: one line saying why, exit 1, and a rerun that finishes. */
class BatchDiskFullTest {

    private static final String SUMMARY = FakeEnglish.SUMMARY;

    @TempDir
    Path dir;

    private final FullDisk disk = FullDisk.create();

    /** A faithful model; the disk fills up as it answers its first request when {@code fill} is set. */
    private FakeModel model(AtomicBoolean fill) {
        return FakeModel.answering(request -> {
            if (fill.getAndSet(false)) {
                disk.fill();
            }
            String user = FakeModel.lastUser(request);
            return user.contains("paragraphs into English") ? FakeEnglish.answer(user) : SUMMARY;
        });
    }

    private CliContext context(FakeModel model) {
        CliContext base = CliRun.context(config -> model);
        return new CliContext(base.stdin(), base.env(), base.configFile(), base.models(), base.probe(), false, disk);
    }

    private Path articles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        Files.writeString(
                in.resolve("banjir.txt"),
                "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid.\n\n"
                        + "Petugas mengerahkan 4 perahu karet untuk mengevakuasi lansia.");
        Files.writeString(
                in.resolve("cabai.txt"),
                "Harga cabai rawit naik menjadi Rp80.000 per kilogram menjelang Ramadan.\n\n"
                        + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras.");
        Files.writeString(
                in.resolve("kereta.txt"),
                "Kereta cepat mengangkut 18.000 penumpang pada akhir pekan lalu.\n\n"
                        + "Operator menambah 6 perjalanan pada jam sibuk untuk mengurangi antrean.");
        return in;
    }

    @Test
    void should_stop_with_one_line_saying_why_exit_1_and_finish_on_the_rerun() throws IOException {
        Path in = articles();
        Path out = dir.resolve("hasil");
        FakeModel model = model(new AtomicBoolean(true));

        CliRun run = CliRun.in(context(model), "batch", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(line -> line.contains("no space left on device")))
                .singleElement()
                .isEqualTo("warta: batch stopped: no space left on device writing " + out
                        + "; 3 articles not attempted (run the batch again to do them; what is done costs nothing)");
        assertThat(run.err())
                .contains("0 processed, 0 unchanged, 0 duplicates skipped, 0 failed, 3 not attempted")
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("\tat ");

        disk.free();
        CliRun rerun = CliRun.in(context(model), "batch", in.toString(), "--out", out.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains("3 processed, 0 unchanged");
        assertThat(Files.readAllLines(out.resolve("index.jsonl"))).hasSize(3);
    }

    @Test
    void should_say_why_in_one_line_when_the_output_folder_cannot_even_be_made() throws IOException {
        Path in = articles();
        Path out = dir.resolve("hasil");
        disk.exceedQuotaAfter(0);

        CliRun run =
                CliRun.in(context(model(new AtomicBoolean())), "batch", in.toString(), "--out", out.toString(), "-q");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("warta: disk quota exceeded writing " + out);
    }

    @Test
    void should_print_the_stack_trace_only_with_verbose() throws IOException {
        Path in = articles();
        Path out = dir.resolve("hasil");

        CliRun run = CliRun.in(
                context(model(new AtomicBoolean(true))),
                "batch",
                in.toString(),
                "--out",
                out.toString(),
                "-q",
                "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("warta: batch stopped: no space left on device writing " + out)
                .contains("DiskFullException", "\tat ", "No space left on device");
    }
}
