package dev.okenet.samples;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The flagship sample's command line: {@code --latency realistic|none}, {@code --oci-profile NAME}
 * (with {@code --oci-config FILE} and {@code --oci-endpoint URL}), {@code --apply}, {@code --out DIR}.
 *
 * <pre>{@code
 * SampleOptions o = SampleOptions.parse("--latency", "none");
 * o.realisticLatency();   // false
 * }</pre>
 *
 * @param realisticLatency whether FakeOci simulates OCI's real provisioning times on a virtual clock
 * @param ociProfile plan against a real tenancy with this OCI config profile instead of FakeOci
 * @param applyToOci also apply to that tenancy
 * @param outputDir where files (the Mermaid diagram, the YAML) are written
 * @param ociConfig the OCI config file holding that profile, if not {@code ~/.oci/config}
 * @param ociEndpoint an endpoint for every OCI call instead of the region's (e.g. a FakeOci server)
 * @param availabilityDomains where node pools go in the tenancy ({@code --availability-domain}, repeatable);
 *     empty: in every availability domain the tenancy's Identity service lists
 */
public record SampleOptions(boolean realisticLatency, Optional<String> ociProfile, boolean applyToOci, Path outputDir,
    Optional<String> ociConfig, Optional<String> ociEndpoint, java.util.List<String> availabilityDomains) {

  /** Parses the arguments; unknown ones are an error that lists the accepted ones. */
  public static SampleOptions parse(String... args) {
    boolean realistic = true;
    Optional<String> profile = Optional.empty();
    boolean apply = false;
    Path out = Path.of("okenet-out");
    Optional<String> config = Optional.empty();
    Optional<String> endpoint = Optional.empty();
    java.util.List<String> domains = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--latency":
          String value = value(args, ++i, "--latency");
          if (!value.equals("realistic") && !value.equals("none")) {
            throw new IllegalArgumentException("--latency takes 'realistic' or 'none', not '" + value + "'.");
          }
          realistic = value.equals("realistic");
          break;
        case "--oci-profile":
          profile = Optional.of(value(args, ++i, "--oci-profile"));
          break;
        case "--oci-config":
          config = Optional.of(value(args, ++i, "--oci-config"));
          break;
        case "--oci-endpoint":
          endpoint = Optional.of(value(args, ++i, "--oci-endpoint"));
          break;
        case "--availability-domain":
          domains.add(value(args, ++i, "--availability-domain"));
          break;
        case "--apply":
          apply = true;
          break;
        case "--out":
          out = Path.of(value(args, ++i, "--out"));
          break;
        default:
          throw new IllegalArgumentException("Unknown option '" + args[i]
              + "'. Options: --latency realistic|none, --oci-profile NAME, --oci-config FILE, --oci-endpoint URL, --availability-domain AD, --apply, --out DIR.");
      }
    }
    if (apply && profile.isEmpty()) {
      throw new IllegalArgumentException("--apply applies to a real tenancy: give --oci-profile NAME too.");
    }
    if ((config.isPresent() || endpoint.isPresent()) && profile.isEmpty()) {
      throw new IllegalArgumentException("--oci-config and --oci-endpoint go with --oci-profile NAME.");
    }
    return new SampleOptions(realistic, profile, apply, out, config, endpoint, java.util.List.copyOf(domains));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value.");
    }
    return args[i];
  }
}
