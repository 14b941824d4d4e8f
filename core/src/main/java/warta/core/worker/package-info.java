/**
 * Warta workers on Kafka: {@link warta.core.worker.KafkaWorker} consumes articles (the JSON Lines
 * form a batch reads) from a topic, runs each through the engine's processor and produces the
 * result document, or the failure with its reason, to two other topics; offsets are committed
 * only after that (at-least-once). Scaling out is starting more workers in the same consumer
 * group. Made through {@link warta.core.Warta#worker}; see {@code docs/kafka.md}.
 */
package warta.core.worker;
