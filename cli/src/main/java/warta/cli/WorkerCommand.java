package warta.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;
import warta.core.Warta;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.error.SettingException;
import warta.core.process.Task;
import warta.core.worker.KafkaWorker;
import warta.core.worker.MetricsAddress;
import warta.core.worker.WorkerMetricsServer;
import warta.core.worker.WorkerSettings;
import warta.core.worker.WorkerSettingsResolver;
import warta.core.worker.WorkerStats;

/**
 * {@code warta worker}: a Kafka consumer in a group, articles from one topic to results and
 * failures on two others, until SIGTERM or Ctrl-C (then the articles in flight are finished
 * within {@code --grace}, and what is left is delivered again to the group). With
 * {@code --metrics-port} it serves its metrics for Prometheus ({@link WorkerMetricsServer}) while it
 * runs. Exit codes: 0 stopped cleanly (on a signal too), 1 the brokers cannot be used (one line
 * says why) or the provider cannot, or a second signal stopped it at once, 2 usage.
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Process articles from a Kafka topic (JSON Lines objects keyed by id) as one of a consumer group:",
            "results to the results topic, failures with their reason to the failed topic; at-least-once."
        },
        footer = {
            "",
            "Environment: WARTA_KAFKA_BOOTSTRAP_SERVERS, WARTA_KAFKA_GROUP_ID, WARTA_KAFKA_ARTICLES_TOPIC,",
            "WARTA_KAFKA_RESULTS_TOPIC, WARTA_KAFKA_FAILED_TOPIC, WARTA_WORKER_METRICS_PORT, WARTA_WORKER_METRICS_HOST;",
            "config file: kafka.bootstrap-servers, ..., worker.metrics-port, worker.metrics-host, and",
            "kafka.property.KEY=VALUE for client properties (secrets such as sasl.jaas.config go only there).",
            "SIGTERM or Ctrl-C: finish the articles in flight (--grace), commit, exit 0; a second one: stop at once.",
            "Exit codes: 0 stopped cleanly, 1 Kafka or the provider cannot be used (or stopped at once), 2 usage."
        })
final class WorkerCommand implements Callable<Integer> {

    enum Tasks {
        translate,
        summarize,
        process
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    WartaCommand parent;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "The Kafka brokers.")
    String bootstrapServers;

    @Option(names = "--group-id", paramLabel = "ID", description = "The consumer group (default warta).")
    String groupId;

    @Option(
            names = "--articles-topic",
            paramLabel = "TOPIC",
            description = "Where articles come from (default warta.articles).")
    String articlesTopic;

    @Option(names = "--results-topic", paramLabel = "TOPIC", description = "Where results go (default warta.results).")
    String resultsTopic;

    @Option(names = "--failed-topic", paramLabel = "TOPIC", description = "Where failures go (default warta.failed).")
    String failedTopic;

    @Option(
            names = "--kafka-property",
            paramLabel = "KEY=VALUE",
            description = "A Kafka client property (security.protocol, ssl.truststore.location, ...); repeatable.")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(
            names = "--grace",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "On SIGTERM, how long to finish the articles in flight. Default: ${DEFAULT-VALUE}.")
    int grace;

    @Option(
            names = "--attempts",
            paramLabel = "N",
            defaultValue = "3",
            description =
                    "Attempts of an article that fails on the provider's temporary state. Default: ${DEFAULT-VALUE}.")
    int attempts;

    @Option(
            names = "--task",
            paramLabel = "TASK",
            defaultValue = "process",
            description = "translate, summarize or process (both). Default: ${DEFAULT-VALUE}.")
    Tasks task;

    @Option(
            names = "--metrics-port",
            paramLabel = "PORT",
            description = "Serve Prometheus metrics at http://HOST:PORT/metrics (0: any free port).")
    Integer metricsPort;

    @Option(
            names = "--metrics-host",
            paramLabel = "HOST",
            description = "The address the metrics endpoint binds (default 127.0.0.1: this machine only).")
    String metricsHost;

    @Option(names = "--dry-run", description = "Print the topics and partitions it would read and write, and stop.")
    boolean dryRun;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ModelNameOption model;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        CliContext context = parent.context();
        Optional<MetricsAddress> metrics =
                refusedFlagIsUsage(() -> resolver(context).metrics(metricsPort, metricsHost));
        Warta warta = modelOptions.warta(context, spec.commandLine(), input, err(), model.name, null);
        WorkerSettings.Builder settings = settings(context)
                .grace(Duration.ofSeconds(grace))
                .attempts(attempts)
                .tasks(tasks());
        if (dryRun) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(warta.topicPlan(
                            settings.concurrency(warta.config().concurrency()).build())
                    .text());
            out.flush();
            return ExitCodes.OK;
        }
        try {
            context.probe().accept(warta.config(), warta.modelFiles());
        } catch (ModelException | InputException e) {
            err().println("warta: nothing could run: " + e.getMessage());
            err().flush();
            return ExitCodes.FAILURE;
        }
        // bound before the model loads, so that a port in use is told at once; zeros until the worker is made
        AtomicReference<WorkerStats> served = new AtomicReference<>(new WorkerStats());
        Optional<WorkerMetricsServer> server = metrics.map(address -> WorkerMetricsServer.start(address, served::get));
        server.ifPresent(s -> {
            err().println("warta: metrics at " + s.url());
            err().flush();
        });
        KafkaWorker worker;
        boolean graceful;
        try {
            warta.loadModel();
            worker = warta.worker(
                    settings.concurrency(warta.effectiveConfig().concurrency()).build());
            served.set(worker.stats());
            graceful = runUntilStopped(worker);
        } finally {
            server.ifPresent(WorkerMetricsServer::close);
        }
        if (!graceful) {
            err().println("warta: stopped at once; the records in flight are left to the group ("
                    + worker.stats().inFlight() + ")");
            err().flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    /**
     * Runs the worker until SIGTERM or Ctrl-C, which stop it gracefully: the signal is handled
     * here rather than by the JVM's shutdown, so that a stop asked for ends the command normally
     * (exit 0) once the worker has finished or released its records. A second signal stops it at
     * once ({@link KafkaWorker#halt}: nothing more committed, exit 1), unless the worker has already
     * left its loop and only closes its clients (then it changes nothing: exit 0). Where the signals cannot be
     * handled, a shutdown hook stops the worker gracefully and the JVM waits for it.
     *
     * @return whether it stopped gracefully
     */
    private boolean runUntilStopped(KafkaWorker worker) {
        AtomicInteger signals = new AtomicInteger();
        AtomicBoolean halted = new AtomicBoolean();
        Map<Signal, SignalHandler> previous = new HashMap<>();
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, s -> {
                    if (signals.incrementAndGet() == 1) {
                        worker.stop();
                    } else if (worker.halt()) {
                        halted.set(true);
                    }
                }));
            } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
                // not on this platform, or the JVM keeps it: the shutdown hook below stops the worker
            }
        }
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    worker.stop();
                    try {
                        finished.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "warta-worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            worker.run();
        } finally {
            finished.countDown();
            previous.forEach(Signal::handle);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this method, which is done now
            }
        }
        return !halted.get();
    }

    /** The Kafka settings: flags, environment, config file; a refused flag is a usage error. */
    private WorkerSettings.Builder settings(CliContext context) {
        return refusedFlagIsUsage(() -> resolver(context).resolve(flags(), kafkaProperties));
    }

    private WorkerSettingsResolver resolver(CliContext context) {
        return new WorkerSettingsResolver(context.env(), context.configFile());
    }

    private <T> T refusedFlagIsUsage(Supplier<T> resolve) {
        try {
            return resolve.get();
        } catch (SettingException e) {
            if (e.fromFlag()) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            throw e;
        }
    }

    private Map<String, String> flags() {
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap-servers", bootstrapServers);
        flags.put("group-id", groupId);
        flags.put("articles-topic", articlesTopic);
        flags.put("results-topic", resultsTopic);
        flags.put("failed-topic", failedTopic);
        return flags;
    }

    private Set<Task> tasks() {
        return switch (task) {
            case translate -> EnumSet.of(Task.TRANSLATE);
            case summarize -> EnumSet.of(Task.SUMMARIZE);
            case process -> EnumSet.allOf(Task.class);
        };
    }

    private void validate() {
        if (grace < 0) {
            throw new ParameterException(spec.commandLine(), "--grace must not be negative");
        }
        if (attempts < 1) {
            throw new ParameterException(spec.commandLine(), "--attempts must be at least 1");
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
