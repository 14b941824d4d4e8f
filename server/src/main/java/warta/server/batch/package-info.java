/**
 * Batch jobs over HTTP ({@code /v1/batches}): {@link warta.server.batch.BatchResource} takes and
 * reports on jobs, {@link warta.server.batch.BatchJobs} runs them one at a time in the background
 * with core's {@link warta.core.batch.job.JobRunner}, and resumes unfinished ones at start-up.
 */
package warta.server.batch;
