#!/usr/bin/env bash
# Runs every measurement of benchmarks/RESULTS.md: the deterministic figures (virtual-clock
# makespans, API call counts), then every JMH benchmark with the GC profiler (allocation per op).
# About 7 minutes on 2 cores (build included). Output: benchmarks/$OKENET_TARGET/results/{figures.md,jmh.txt,jmh.json}.
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

# The machine is shared and noisy: record what it was and how loaded, before and after.
{ echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"; echo "nproc: $(nproc)"; java -version 2>&1;
  grep -m1 'model name' /proc/cpuinfo || true;
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)," \
    "uncommitted files: $(git status --porcelain 2>/dev/null | wc -l)";
  echo "before: $(uptime)"; } | tee "$out/machine.txt"

java -cp "$cp" dev.okenet.bench.Figures | tee "$out/figures.md"
java -cp "$cp" dev.okenet.bench.EstateFigures | tee "$out/estate-figures.md"

# Modest settings so the whole run fits 15 minutes on 2 cores; 10 warm-up seconds because the JIT
# warms slowly on a loaded 2-core machine. Medians come from SampleTime's p0.50.
java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 10 -i 10 -w 1s -r 1s -prof gc \
  -rf json -rff "$out/jmh.json" "${@:-.*}" | tee "$out/jmh.txt"

echo "after: $(uptime)" | tee -a "$out/machine.txt"
