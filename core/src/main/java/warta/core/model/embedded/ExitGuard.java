package warta.core.model.embedded;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a JVM end when its {@code main} returns although llama.cpp keeps a thread.
 *
 * <p>Each loaded model starts a native thread that attaches itself to the JVM as a non-daemon
 * thread and never detaches, not even after {@code LlamaModel.close()}. The JVM waits for every
 * non-daemon thread before it exits, so a program that loaded a model and returned from
 * {@code main} without {@code System.exit} would never end. This guard watches from a daemon
 * thread: once the {@code main} thread has ended and the only non-daemon threads left are those
 * native threads (and the launcher's {@code DestroyJavaVM}), it calls {@link System#exit} with 0,
 * or 1 when {@code main} ended with an uncaught exception, as the launcher would. Shutdown hooks
 * run as usual. While any other non-daemon thread runs (a server's), it does nothing.
 */
final class ExitGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);
    private static final Set<Thread> NATIVE =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean mainFailed;

    private ExitGuard() {}

    /** The non-daemon threads without Java frames alive now: llama.cpp's, once a model is loaded. */
    static Set<Thread> nativeThreads() {
        Set<Thread> threads = new java.util.HashSet<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (!thread.isDaemon() && stack.length == 0 && !thread.getName().equals("DestroyJavaVM")) {
                threads.add(thread);
            }
        });
        return threads;
    }

    /**
     * Records the native threads that appeared since {@code before} (waiting up to a second for
     * the one a model load starts) and starts the watch on the first call.
     */
    static void afterLoad(Set<Thread> before) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        Set<Thread> added;
        do {
            added = nativeThreads();
            added.removeAll(before);
            if (added.isEmpty()) {
                sleep(5);
            }
        } while (added.isEmpty() && System.nanoTime() < deadline);
        NATIVE.addAll(added);
        LOG.debug("llama.cpp threads: {}", added);
        Thread main = mainThread();
        if (main != null && STARTED.compareAndSet(false, true)) {
            watchMainFailure(main);
            Thread watcher = new Thread(() -> watch(main), "warta-llama-exit-guard");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private static void watch(Thread main) {
        try {
            main.join();
            while (othersAlive()) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            return;
        }
        LOG.debug("main has ended and only llama.cpp threads are left: exiting");
        System.exit(mainFailed ? 1 : 0);
    }

    private static boolean othersAlive() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive()
                    && !thread.isDaemon()
                    && !NATIVE.contains(thread)
                    && !thread.getName().equals("DestroyJavaVM")) {
                return true;
            }
        }
        return false;
    }

    /** Notes an uncaught exception in {@code main}, then lets the handler that was there report it. */
    private static void watchMainFailure(Thread main) {
        Thread.UncaughtExceptionHandler previous = main.getUncaughtExceptionHandler();
        main.setUncaughtExceptionHandler((thread, error) -> {
            mainFailed = true;
            previous.uncaughtException(thread, error);
        });
    }

    private static Thread mainThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            ThreadGroup group = thread.getThreadGroup();
            if (thread.getName().equals("main")
                    && !thread.isDaemon()
                    && group != null
                    && group.getName().equals("main")) {
                return thread;
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
