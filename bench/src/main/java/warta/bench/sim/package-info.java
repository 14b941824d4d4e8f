/**
 * A simulated OpenAI-compatible model server for benchmarks and fault tests: plausible
 * translations and summaries with no model, configurable latency, a concurrency cap, and
 * injected faults (429, 500, hangs, truncated bodies) drawn from a seeded random source.
 * {@link warta.bench.sim.SimulatedModelServer} is the entry point; everything else in this
 * package is its implementation.
 */
package warta.bench.sim;
