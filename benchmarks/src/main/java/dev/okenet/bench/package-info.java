/**
 * oke-net's measurements (see {@code benchmarks/RESULTS.md}): JMH benchmarks for what takes real
 * time - {@link dev.okenet.bench.FakeOciBenchmark}, {@link dev.okenet.bench.ScaleBenchmark},
 * {@link dev.okenet.bench.ReachabilityBenchmark} - and {@link dev.okenet.bench.Figures}, a main for
 * what is deterministic: apply makespans on FakeOci's virtual clock and API call counts. Run them
 * all with {@code benchmarks/run.sh}; the build compiles them and never runs them.
 *
 * <pre>{@code
 * benchmarks/run.sh            # figures, then every JMH benchmark, about 7 minutes on 2 cores
 * }</pre>
 */
package dev.okenet.bench;
