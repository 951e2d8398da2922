package dev.okenet.bench;

import dev.okenet.OkeNetwork;
import dev.okenet.io.ModelFormatException;
import dev.okenet.io.ModelIO;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Model I/O reading cost against document size (issue 16: a 4 MB YAML string took 2.8 s and a
 * 16 MB one 50 s before the size limit refused it; SnakeYAML copies its window per 1,024
 * characters while scanning a long scalar). Target: time linear in the size, refusal above
 * {@link ModelIO#MAX_DOCUMENT_CHARS} in constant time.
 *
 * <ul>
 *   <li>{@code readOneLongText}: prod with one NSG whose name is {@code megabytes} MiB of one
 *       letter (a scalar without a space: SnakeYAML's worst case), read as JSON and YAML.
 *   <li>{@code readManyRules}: prod with 200 NSGs of 100 rules (a large realistic document).
 *   <li>{@code refuseOverTheLimit}: a 16 MiB text, refused before parsing.
 * </ul>
 *
 * <pre>{@code
 * java -cp "$CP" org.openjdk.jmh.Main 'ModelIOBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelIOBenchmark {
  /** "json" or "yaml". */
  @Param({"json", "yaml"})
  public String format;

  /** Length of the long text, in MiB. */
  @Param({"1", "2", "4", "7"})
  public int megabytes;

  private String longText;
  private String manyRules;
  private String overLimit;

  /** Writes the documents (not measured). */
  @Setup
  public void setUp() {
    OkeNetwork prod = ReferenceNetworks.prod();
    longText = write(prod.toBuilder().addNsg(Nsg.named("n".repeat(megabytes * 1024 * 1024 - 20_000))).build());
    OkeNetwork.Builder big = prod.toBuilder();
    for (int n = 0; n < 200; n++) {
      Nsg nsg = Nsg.named("nsg-" + n);
      for (int r = 0; r < 100; r++) {
        nsg = nsg.allowFrom(Peer.ipv4("10." + n + "." + r + ".0/24"), Port.tcp(1000 + r));
      }
      big.addNsg(nsg);
    }
    manyRules = write(big.build());
    overLimit = longText + " ".repeat(16 * 1024 * 1024);
  }

  private String write(OkeNetwork network) {
    return format.equals("json") ? ModelIO.toJson(network) : ModelIO.toYaml(network);
  }

  private OkeNetwork read(String text) {
    return format.equals("json") ? ModelIO.fromJson(text) : ModelIO.fromYaml(text);
  }

  /** One text of {@code megabytes} MiB without a space. */
  @Benchmark
  public OkeNetwork readOneLongText() {
    return read(longText);
  }

  /** 20,000 rules (independent of {@code megabytes}). */
  @Benchmark
  public OkeNetwork readManyRules() {
    return read(manyRules);
  }

  /** A text over the limit: refused before parsing. */
  @Benchmark
  public String refuseOverTheLimit() {
    try {
      read(overLimit);
      throw new IllegalStateException("a 16 MiB document was read");
    } catch (ModelFormatException e) {
      return e.getMessage();
    }
  }
}
