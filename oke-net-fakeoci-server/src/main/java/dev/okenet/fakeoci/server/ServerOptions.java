package dev.okenet.fakeoci.server;

import com.oracle.bmc.Region;
import dev.okenet.testkit.ResourceKind;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Authentication;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server's command line.
 *
 * <pre>{@code
 * ServerOptions.parse("--port", "4510", "--clock", "manual", "--latency", "SUBNET=9s", "--model", "prod.yaml");
 * }</pre>
 *
 * @param port the port, 0 for any free one
 * @param bindAddress where to listen (loopback unless told otherwise)
 * @param clock how the virtual clock moves
 * @param latencies provisioning times that replace OCI's typical ones, by kind
 * @param nodeLatency how long nodes take to come up, if not the default
 * @param seed seeds OCIDs
 * @param region the region the fake is in
 * @param model a JSON or YAML network to apply at start
 * @param configDir where the OCI config file and key are written
 * @param profile the config file's profile name
 * @param authentication strict (as OCI) or permissive
 */
public record ServerOptions(int port, InetAddress bindAddress, VirtualClock.Mode clock,
        Map<ResourceKind, Duration> latencies, Optional<Duration> nodeLatency, long seed, Region region,
        Optional<Path> model, Path configDir, String profile, Authentication authentication) {
    /** The default port, beside LocalStack's 4566 and in no IANA registration of note. */
    public static final int DEFAULT_PORT = 4510;

    public static final String USAGE = String.join("\n",
            "Usage: java -jar oke-net-fakeoci-server-all.jar [options]",
            "  --port N                 port to listen on (default " + DEFAULT_PORT + "; 0 = any free port)",
            "  --bind ADDRESS           address to listen on (default 127.0.0.1: nothing off this machine reaches it)",
            "  --clock MODE             instant | manual | auto-advance (default instant)",
            "  --latency KIND=DURATION  provisioning time of a kind, e.g. SUBNET=9s or CLUSTER=PT6M (repeatable)",
            "  --node-latency DURATION  how long nodes take to come up (default 170s)",
            "  --seed N                 seed for OCIDs (default 1)",
            "  --region ID              region of the fake (default us-ashburn-1)",
            "  --model FILE             a JSON or YAML network (oke-net's model format) to apply at start",
            "  --config-dir DIR         where to write the OCI config file and key (default ./fakeoci)",
            "  --profile NAME           profile name in that config file (default DEFAULT)",
            "  --authentication MODE    strict (default: only the issued key, as OCI checks it) | permissive",
            "  --help                   this text");

    /** Reads the arguments; an unknown or malformed one is an {@link IllegalArgumentException} naming it. */
    public static ServerOptions parse(String... args) {
        int port = DEFAULT_PORT;
        InetAddress bind = InetAddress.getLoopbackAddress();
        VirtualClock.Mode clock = VirtualClock.Mode.INSTANT;
        Map<ResourceKind, Duration> latencies = new EnumMap<>(ResourceKind.class);
        Optional<Duration> nodeLatency = Optional.empty();
        long seed = 1;
        Region region = Region.US_ASHBURN_1;
        Optional<Path> model = Optional.empty();
        Path configDir = Path.of("fakeoci");
        String profile = "DEFAULT";
        Authentication authentication = Authentication.STRICT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--port" -> port = port(value(args, ++i, option));
                case "--bind" -> bind = address(value(args, ++i, option));
                case "--clock" -> clock = clock(value(args, ++i, option));
                case "--latency" -> {
                    String text = value(args, ++i, option);
                    int equals = text.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--latency '" + text + "': give KIND=DURATION, e.g. SUBNET=9s");
                    }
                    latencies.put(kind(text.substring(0, equals)), duration(text.substring(equals + 1), option));
                }
                case "--node-latency" -> nodeLatency = Optional.of(duration(value(args, ++i, option), option));
                case "--seed" -> seed = number(value(args, ++i, option), option);
                case "--region" -> region = region(value(args, ++i, option));
                case "--model" -> model = Optional.of(Path.of(value(args, ++i, option)));
                case "--config-dir" -> configDir = Path.of(value(args, ++i, option));
                case "--profile" -> profile = value(args, ++i, option);
                case "--authentication" -> authentication = authentication(value(args, ++i, option));
                default -> throw new IllegalArgumentException("Unknown option '" + option + "'.\n" + USAGE);
            }
        }
        return new ServerOptions(port, bind, clock, Map.copyOf(latencies), nodeLatency, seed, region, model,
                configDir, profile, authentication);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value.\n" + USAGE);
        }
        return args[i];
    }

    private static int port(String text) {
        long port = number(text, "--port");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + text + " is not a TCP port; give 0 to 65535.");
        }
        return (int) port;
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a whole number.");
        }
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind '" + text + "' is not an address of this machine; give e.g."
                    + " 127.0.0.1 or 0.0.0.0.");
        }
    }

    private static VirtualClock.Mode clock(String text) {
        try {
            return VirtualClock.Mode.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--clock '" + text + "': give instant, manual or auto-advance.");
        }
    }

    private static ResourceKind kind(String text) {
        try {
            return ResourceKind.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--latency: '" + text + "' is not a resource kind; give one of "
                    + java.util.Arrays.toString(ResourceKind.values()) + ".");
        }
    }

    /** {@code 9s}, {@code 500ms}, {@code 6m} or an ISO-8601 duration such as {@code PT6M}. */
    static Duration duration(String text, String option) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        try {
            Duration duration;
            if (lower.startsWith("pt")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else if (lower.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
            } else if (lower.endsWith("s")) {
                duration = Duration.ofMillis(Math.round(Double.parseDouble(lower.substring(0, lower.length() - 1)) * 1000));
            } else if (lower.endsWith("m")) {
                duration = Duration.ofSeconds(Math.round(Double.parseDouble(lower.substring(0, lower.length() - 1)) * 60));
            } else {
                throw new NumberFormatException(text);
            }
            if (duration.isNegative()) {
                throw new NumberFormatException(text);
            }
            return duration;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a duration >= 0; write e.g. 9s,"
                    + " 500ms, 6m or PT6M.");
        }
    }

    private static Region region(String text) {
        try {
            return Region.fromRegionCodeOrId(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--region '" + text + "' is not an OCI region; give e.g. us-ashburn-1.");
        }
    }

    private static Authentication authentication(String text) {
        try {
            return Authentication.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--authentication '" + text + "': give strict or permissive.");
        }
    }
}
