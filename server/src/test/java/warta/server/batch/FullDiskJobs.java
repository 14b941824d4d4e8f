package warta.server.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import warta.core.Warta;
import warta.core.batch.job.JobQueue;
import warta.core.testing.FullDisk;
import warta.server.WartaServerConfig;

/**
 * The server's batch jobs kept on a disk that fills up when a test says so ({@link #DISK}), made
 * as the server makes them, through the engine's front door. Selected only by {@link FullDiskProfile}.
 */
@Alternative
@Dependent
public class FullDiskJobs {

    /** The disk under {@code warta.jobs-dir}; free it again after each test. */
    public static final FullDisk DISK = FullDisk.create();

    @Produces
    @Singleton
    JobQueue jobs(WartaServerConfig config, Warta warta) {
        return warta.jobs(DISK.path(config.jobsDir()), config.workers(), config.requestTimeout());
    }
}
