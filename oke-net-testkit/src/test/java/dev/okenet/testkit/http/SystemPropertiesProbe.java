package dev.okenet.testkit.http;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;

import com.oracle.bmc.core.requests.ListVcnsRequest;
import dev.okenet.testkit.FakeOci;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Run in a fresh JVM by {@link NoJvmWideStateTest}: takes a copy of the system properties before
 * any testkit or SDK class is loaded, runs one scenario, and prints one {@code changed <name>}
 * line per property added, removed or changed (static initializers included, which a test in a
 * JVM that already loaded those classes could not see). To see that it sees, {@code
 * set-a-property} changes one.
 */
public final class SystemPropertiesProbe {
    private SystemPropertiesProbe() {}

    public static void main(String[] args) {
        // The JDK writes the default time zone it resolves into user.timezone on first use (any
        // date formatting does; the SDK's clients format dates): its own record of the host's
        // zone, not a setting. Resolved before the copy so that only real changes show.
        java.util.TimeZone.getDefault();
        Map<String, String> before = snapshot();
        switch (args[0]) {
            case "fake" -> {
                try (FakeOci fake = FakeOci.create()) {
                    fake.virtualNetwork().listVcns(list());
                }
            }
            case "fake-over-http" -> {
                try (FakeOci fake = FakeOci.create(); OciHttpClients clients = OciHttpClients.connect(fake)) {
                    clients.virtualNetwork().listVcns(list());
                    Door.HTTP.virtualNetwork(fake).listVcns(list());
                }
            }
            case "server" -> {
                try (FakeOciServer server = FakeOciServer.builder().keyBits(ApiKey.MIN_KEY_BITS).start();
                        OciHttpClients clients = OciHttpClients.builder(server).build()) {
                    clients.virtualNetwork().listVcns(list());
                }
            }
            case "set-a-property" -> System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
        Map<String, String> after = snapshot();
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!java.util.Objects.equals(before.get(name), after.get(name))) {
                System.out.println("changed " + name + ": " + before.get(name) + " -> " + after.get(name));
            }
        }
        System.out.println("probe done");
    }

    private static ListVcnsRequest list() {
        return ListVcnsRequest.builder().compartmentId(COMPARTMENT).build();
    }

    private static Map<String, String> snapshot() {
        Map<String, String> copy = new TreeMap<>();
        System.getProperties().forEach((name, value) -> copy.put(String.valueOf(name), String.valueOf(value)));
        return copy;
    }
}
