/** The server's switch for a Kafka worker ({@code warta.worker.*}): wiring of core's {@code warta.core.worker}. */
package warta.server.worker;
