#!/usr/bin/env bash
# Runs every measurement of benchmarks/RESULTS.md and writes the figures into it and into the
# README's "Measured" table (dev.okenet.bench.Report; nothing is typed by hand):
#   1. the deterministic figures (virtual-clock makespans, API call counts): dev.okenet.bench.Figures
#   2. every JMH benchmark with the GC profiler (allocation per op)
#   3. a JFR profile of FakeOciBenchmark.applyInProcess and applyOverHttp (dev.okenet.bench.ProfileReport)
#   3b. FakeOci's cold and per-test-class start (dev.okenet.bench.ColdStart)
#   4. dev.okenet.bench.Report: RESULTS.md's and the README's generated blocks
# With BASELINE=<commit>, that commit is built from a `git archive` beside this build, and the
# makespans, FakeOciBenchmark and the profile measure both, side by side in the same run ("before"
# and "after"), so both share the machine's load.
#
#   benchmarks/run.sh                          # everything for this build
#   BASELINE=ad86f71 benchmarks/run.sh         # ... and the baseline, side by side
#   benchmarks/run.sh 'FakeOciBenchmark'       # figures plus the JMH benchmarks matching a regex
#   OKENET_TARGET=target-x benchmarks/run.sh   # build into another output folder
#   PROFILE=0 / REPORT=0                       # skip the profile / leave RESULTS.md and README alone
#
# Output: benchmarks/$OKENET_TARGET/results/{machine.txt,figures.md,figures.json,jmh.txt,jmh.json,profile.md,jfr/}.
# About 12 minutes on 2 cores with a baseline, 8 without.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
target="${OKENET_TARGET:-target}"
out="$root/benchmarks/$target/results"

# -DskipTests, not -Dmaven.test.skip: oke-net-testkit-kube builds against the testkit's test jar.
mvn -q -B -DskipTests -Dokenet.target="$target" -pl benchmarks -am package
rm -rf "$out"
mkdir -p "$out"
cp="$root/benchmarks/$target/classes:$(cat "benchmarks/$target/classpath.txt")"

props=()
params=()
baseline="none"
if [[ -n "${BASELINE:-}" ]]; then
  base="$root/benchmarks/$target/baseline"
  baseline="$(git rev-parse --short "$BASELINE")"
  rm -rf "$base"
  mkdir -p "$base/src" "$base/driver"
  git archive "$BASELINE" | tar -x -C "$base/src"
  # The baseline builds in its own tree (its own target folders); package only, never install.
  mvn -q -B -DskipTests -f "$base/src/pom.xml" -pl benchmarks -am package
  basecp="$(cat "$base/src/benchmarks/target/classpath.txt")"
  # The same driver source, compiled against the baseline: one harness measures both.
  javac -nowarn -d "$base/driver" -cp "$basecp" "$root"/benchmarks/src/main/java/dev/okenet/bench/driver/*.java
  props=(-Dokenet.baseline.classpath="$base/driver:$basecp" -Dokenet.baseline.commit="$baseline")
  params=(-p code=before,after)
fi

# The machine is shared and noisy: record what it was and how loaded, before and after.
{ echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"; echo "nproc: $(nproc)"; java -version 2>&1;
  grep -m1 'model name' /proc/cpuinfo || true;
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)," \
    "uncommitted files: $(git status --porcelain 2>/dev/null | wc -l)";
  echo "baseline: $baseline";
  echo "before: $(uptime)"; } | tee "$out/machine.txt"

java "${props[@]}" -cp "$cp" dev.okenet.bench.Figures "$out/figures.json" | tee "$out/figures.md"
java "${props[@]}" -cp "$cp" dev.okenet.bench.EstateFigures "$out"

# Modest settings so the whole run fits on 2 cores; 10 warm-up seconds because the JIT warms slowly
# on a loaded 2-core machine. Medians come from SampleTime's p0.50.
java "${props[@]}" -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 10 -i 10 -w 1s -r 1s -prof gc "${params[@]}" \
  -rf json -rff "$out/jmh.json" "${@:-.*}" | tee "$out/jmh.txt"

if [[ "${PROFILE:-1}" != "0" ]]; then
  # JFR on the apply alone, in its own run: the recording's overhead stays out of the timings above.
  java "${props[@]}" -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 5 -i 5 -w 1s -r 1s "${params[@]}" \
    -prof "jfr:dir=$out/jfr;configName=$root/benchmarks/profile.jfc" 'FakeOciBenchmark.apply(InProcess|OverHttp)' \
    > "$out/jfr.txt"
  java -cp "$cp" dev.okenet.bench.ProfileReport "$out/jfr" | tee "$out/profile.md"
fi

# Issue 18.6: FakeOci's start, cold (fresh JVMs) and per test class, in process and over HTTP.
java -cp "$cp" dev.okenet.bench.ColdStart "$out" | tee "$out/coldstart.txt"

echo "after: $(uptime)" | tee -a "$out/machine.txt"

if [[ "${REPORT:-1}" != "0" ]]; then
  java -cp "$cp" dev.okenet.bench.Report "$out" benchmarks/RESULTS.md README.md
  java -cp "$cp" dev.okenet.bench.ColdStart report "$out" benchmarks/RESULTS.md
  echo "RESULTS.md and README.md regenerated from $out"
fi
