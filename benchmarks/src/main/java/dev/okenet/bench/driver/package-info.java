/**
 * The part of the benchmarks that touches oke-net, compiled once against the code being measured
 * and once against the baseline it is compared with (see {@code benchmarks/run.sh}), so both run
 * under the same harness, in the same JVM run, on the same machine load.
 */
package dev.okenet.bench.driver;
