/**
 * Batch jobs that outlive the process that accepted them: {@link warta.core.batch.job.JobStore}
 * keeps each job in a folder of its own (the articles as JSON Lines, the job's state, and the
 * output folder of a {@link warta.core.batch.BatchRunner}), and
 * {@link warta.core.batch.job.JobRunner} runs a job through the same batch machinery as
 * {@code warta batch}, so that its ledger makes an interrupted job cheap to resume.
 */
package warta.core.batch.job;
