#!/usr/bin/env bash
# Runs every measurement of benchmarks/RESULTS.md: the deterministic figures (virtual-clock
# makespans, API call counts), then every JMH benchmark with the GC profiler (allocation per op).
# About 10 minutes on 2 cores. Output: benchmarks/$OKENET_TARGET/results/{figures.md,jmh.txt,jmh.json}.
#
#   benchmarks/run.sh                      # everything
#   benchmarks/run.sh 'ScaleBenchmark'     # only the JMH benchmarks matching a regex (figures too)
#   OKENET_TARGET=target-x benchmarks/run.sh   # build into another output folder
set -euo pipefail
cd "$(dirname "$0")/.."
target="${OKENET_TARGET:-target}"
out="benchmarks/$target/results"

mvn -q -B -Dmaven.test.skip=true -Dokenet.target="$target" -pl benchmarks -am package
mkdir -p "$out"
cp="benchmarks/$target/classes:$(cat "benchmarks/$target/classpath.txt")"

{ echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"; echo "nproc: $(nproc)"; java -version 2>&1;
  grep -m1 'model name' /proc/cpuinfo || true; git rev-parse --short HEAD 2>/dev/null || true; } | tee "$out/machine.txt"

java -cp "$cp" dev.okenet.bench.Figures | tee "$out/figures.md"

# Modest settings so the whole run fits 15 minutes on 2 cores; medians come from SampleTime's p0.50.
java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc \
  -rf json -rff "$out/jmh.json" "${@:-.*}" | tee "$out/jmh.txt"
